// One transaction for a group of webhooks: conversations upserted, each message stored once (unique
// wamid), unread counts and the 24-hour window bumped, batches opened (or the event written to the
// outbox when batching is off), statuses applied. Live-inbox events are returned for after the commit.
import { WaId } from '@govconnect/contracts';
import type { LiveEvent } from '../domain/live-feed.ts';
import { isForAi, toEventMessage, type MappedMessage } from '../domain/inbound-message.ts';
import { conversationIdFor } from '../domain/conversation-id.ts';
import { insertMedia, storeInbound, type InboundRow } from '../repositories/intake.repository.ts';
import type { SqlClient as Tx } from '@govconnect/messaging';
import { applyStatuses, recordStatuses, type RecordedStatus } from '../repositories/status.repository.ts';
import type { ChannelDeps, IntakeOutcome, IntakeWork } from './intake.types.ts';
import { publishStatus } from './publish-status.ts';

interface Pending {
  work: number;
  villageId: string;
  profileName?: string;
  correlationId: string;
  message: MappedMessage;
}

/** Media downloaded and kept (stickers are not). */
const DOWNLOADED = new Set(['image', 'audio', 'video', 'document']);

/** What becomes of a new message; the statement turns pending / dispatched into held under takeover. */
function inboundStatus(m: MappedMessage, batching: boolean): string {
  if (!isForAi(m.type) || !WaId.safeParse(m.from).success) return 'stored';
  return batching ? 'pending' : 'dispatched';
}

export async function commitIntake(
  deps: ChannelDeps,
  works: IntakeWork[],
): Promise<{ outcomes: IntakeOutcome[]; live: LiveEvent[]; wroteEvents: boolean; mediaQueued: number }> {
  const outcomes = works.map(() => ({ stored: 0, duplicates: 0, statuses: 0 }));
  const live: LiveEvent[] = [];
  const pending = new Map<string, Pending>(); // by wamid: a wamid twice in one group is stored once
  const statuses: (RecordedStatus & { work: number; correlationId: string })[] = [];
  works.forEach((work, w) => {
    for (const change of work.changes) {
      for (const message of change.messages) {
        if (pending.has(message.wamid)) outcomes[w]!.duplicates++;
        else
          pending.set(message.wamid, {
            work: w,
            villageId: change.villageId,
            profileName: change.profileNames.get(message.from),
            correlationId: work.correlationId,
            message,
          });
      }
      for (const s of change.statuses)
        statuses.push({ ...s, villageId: change.villageId, work: w, correlationId: work.correlationId });
    }
  });
  const batching = deps.config.BATCH_WINDOW_MS > 0;
  const mediaQueued = { count: 0 };

  // The common case (batching on, no media, no statuses) is one statement, atomic by itself: no
  // BEGIN / COMMIT round trips. Anything more is one explicit transaction.
  const needsTransaction =
    !batching || statuses.length > 0 || [...pending.values()].some((p) => p.message.media !== undefined);
  const run = needsTransaction ? deps.sql.transaction : deps.sql.single;
  await run(async (tx) => {
    if (pending.size > 0)
      await storeMessages(deps, tx, [...pending.values()], batching, outcomes, live, mediaQueued);
    const fresh = await recordStatuses(tx, statuses);
    for (const s of fresh) {
      const origin = statuses.find((x) => x.wamid === s.wamid && x.status === s.status)!;
      outcomes[origin.work]!.statuses++;
      await publishStatus(deps, tx, s, origin.correlationId);
    }
    for (const changed of await applyStatuses(tx, latestPerWamid(fresh))) {
      const villageId = fresh.find((s) => s.wamid === changed.wamid)!.villageId;
      live.push({ kind: 'status', villageId, conversationId: changed.conversationId, data: changed });
    }
  });
  const wroteEvents = !batching || outcomes.some((o) => o.statuses > 0);
  return { outcomes, live, wroteEvents, mediaQueued: mediaQueued.count };
}

const RANK: Record<string, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

function latestPerWamid(statuses: RecordedStatus[]): RecordedStatus[] {
  const best = new Map<string, RecordedStatus>();
  for (const s of statuses) {
    const current = best.get(s.wamid);
    if (!current || (RANK[s.status] ?? 0) > (RANK[current.status] ?? 0)) best.set(s.wamid, s);
  }
  return [...best.values()];
}

async function storeMessages(
  deps: ChannelDeps,
  tx: Tx,
  items: Pending[],
  batching: boolean,
  outcomes: IntakeOutcome[],
  live: LiveEvent[],
  mediaQueued: { count: number },
): Promise<void> {
  const rows: (InboundRow & { item: Pending })[] = items.map((item) => {
    const m = item.message;
    return {
      id: crypto.randomUUID(),
      villageId: item.villageId,
      conversationId: conversationIdFor(item.villageId, m.from),
      waId: m.from,
      profileName: item.profileName,
      wamid: m.wamid,
      type: m.type,
      text: m.text,
      contextId: m.contextId,
      forwarded: m.forwarded,
      content: m.content,
      status: inboundStatus(m, batching),
      sentAt: m.sentAt,
      item,
    };
  });
  const inserted = new Map(
    (await storeInbound(tx, rows, deps.config.BATCH_WINDOW_MS)).map((r) => [r.wamid, r.status]),
  );
  const stored = rows
    .filter((r) => inserted.has(r.wamid))
    .map((r) => ({ ...r, status: inserted.get(r.wamid)! }));
  for (const r of rows) outcomes[r.item.work]![inserted.has(r.wamid) ? 'stored' : 'duplicates']++;
  const downloads = stored.filter((r) => r.item.message.media && DOWNLOADED.has(r.type));
  await insertMedia(
    tx,
    downloads.map((r) => {
      const media = r.item.message.media!;
      return {
        messageId: r.id,
        villageId: r.villageId,
        waMediaId: media.id,
        kind: r.type,
        mimeType: media.mimeType,
        sha256: media.sha256,
      };
    }),
  );
  mediaQueued.count += downloads.length;

  const byConversation = new Map<string, typeof stored>();
  for (const r of stored)
    byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r]);
  for (const list of byConversation.values()) {
    const first = list[0]!;
    const dispatched = list.filter((r) => r.status === 'dispatched');
    if (dispatched.length > 0) {
      await deps.messaging.outbox.enqueue(
        tx,
        'whatsapp.message.received',
        {
          conversationId: first.conversationId,
          waId: first.item.message.from,
          ...(first.item.profileName ? { profileName: first.item.profileName } : {}),
          messages: dispatched.map((r) => toEventMessage(r.item.message)),
        },
        { villageId: first.villageId, correlationId: first.item.correlationId },
      );
    }
    for (const r of list) {
      live.push({
        kind: 'message',
        villageId: r.villageId,
        conversationId: r.conversationId,
        data: {
          id: r.id,
          wamid: r.wamid,
          direction: 'inbound',
          type: r.type,
          text: r.text ?? null,
          waId: r.item.message.from,
          sentAt: r.sentAt.toISOString(),
          status: r.status,
        },
      });
    }
  }
}
