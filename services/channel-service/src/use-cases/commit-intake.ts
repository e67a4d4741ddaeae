// One transaction for a group of webhooks: conversations upserted, each message stored once (unique
// wamid), unread counts and the 24-hour window bumped, batches opened (or the event written to the
// outbox when batching is off), statuses applied. Live-inbox events are returned for after the commit.
import { WaId } from '@govconnect/contracts';
import type { LiveEvent } from '../domain/live-feed.ts';
import { isForAi, toEventMessage, type MappedMessage } from '../domain/inbound-message.ts';
import { conversationIdFor } from '../domain/conversation-id.ts';
import { insertMedia, storeInbound, type InboundRow } from '../repositories/intake.repository.ts';
import type { SqlClient as Tx } from '@govconnect/messaging';
import { storeStatuses, type RecordedStatus } from '../repositories/status.repository.ts';
import type { ChannelDeps, IntakeOutcome, IntakeWork } from './intake.types.ts';
import { statusEnvelope } from './publish-status.ts';

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
  // Each (wamid, status) once per group: a status repeated by two webhooks counts for the first.
  const statuses = new Map<string, RecordedStatus & { work: number; correlationId: string }>();
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
      for (const s of change.statuses) {
        const key = `${s.wamid}\u0000${s.status}`;
        if (!statuses.has(key))
          statuses.set(key, {
            ...s,
            villageId: change.villageId,
            work: w,
            correlationId: work.correlationId,
          });
      }
    }
  });
  const batching = deps.config.BATCH_WINDOW_MS > 0;
  const mediaQueued = { count: 0 };

  // Messages with batching on and no media are one statement, and so are statuses (with their outbox
  // rows), each atomic by itself: no BEGIN / COMMIT round trips. Anything more is one transaction.
  const hasMessages = pending.size > 0;
  const needsTransaction =
    hasMessages &&
    (!batching || statuses.size > 0 || [...pending.values()].some((p) => p.message.media !== undefined));
  const run = needsTransaction ? deps.sql.transaction : deps.sql.single;
  await run(async (tx) => {
    if (hasMessages)
      await storeMessages(deps, tx, [...pending.values()], batching, outcomes, live, mediaQueued);
    if (statuses.size === 0) return;
    const { fresh, applied } = await storeStatuses(
      tx,
      [...statuses.values()].map((s) => ({ ...s, envelope: statusEnvelope(deps, s, s.correlationId) })),
    );
    for (const s of fresh) outcomes[statuses.get(`${s.wamid}\u0000${s.status}`)!.work]!.statuses++;
    for (const changed of applied) {
      const villageId = fresh.find((s) => s.wamid === changed.wamid)!.villageId;
      live.push({ kind: 'status', villageId, conversationId: changed.conversationId, data: changed });
    }
  });
  const wroteEvents = !batching || outcomes.some((o) => o.statuses > 0);
  return { outcomes, live, wroteEvents, mediaQueued: mediaQueued.count };
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
