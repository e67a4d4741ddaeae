// Publishes each due batch as one whatsapp.message.received carrying all its messages, in the same
// transaction that marks them dispatched and deletes the batch. A conversation under takeover keeps
// its messages from the AI (held) instead.
import { WaId } from '@govconnect/contracts';
import { mapMessage, toEventMessage } from '../domain/inbound-message.ts';
import type { WebhookMessage } from '../domain/webhook-payload.ts';
import {
  claimDueBatches,
  pendingMessages,
  settleBatches,
  type PendingMessage,
} from '../repositories/batch.repository.ts';
import type { ChannelDeps } from './intake.types.ts';

// Batches claimed per transaction. Intake waits for a claimed batch row until the flush commits, and
// with one intake transaction at a time every webhook waits with it: at 100 a flush held its rows for
// 20 to 50 ms (the messages' update is most of it), seconds of 40 to 100 ms in the intake bench's p99 at 1,000/s.
const CLAIM = 20;

/** Flushes due batches until none is left; returns how many were flushed. */
export async function flushDueBatches(deps: Pick<ChannelDeps, 'sql' | 'messaging'>): Promise<number> {
  let total = 0;
  for (;;) {
    const flushed = await deps.sql.transaction(async (tx) => {
      const batches = await claimDueBatches(tx, CLAIM);
      if (batches.length === 0) return 0;
      const ids = batches.map((b) => b.conversationId);
      const byConversation = new Map<string, PendingMessage[]>();
      for (const m of await pendingMessages(tx, ids))
        byConversation.set(m.conversationId, [...(byConversation.get(m.conversationId) ?? []), m]);
      const settled: { id: string; status: 'dispatched' | 'held' }[] = [];
      const events = [];
      for (const batch of batches) {
        const rows = byConversation.get(batch.conversationId) ?? [];
        const toAi = batch.status !== 'takeover' && rows.length > 0 && WaId.safeParse(batch.waId).success;
        for (const r of rows) settled.push({ id: r.id, status: toAi ? 'dispatched' : 'held' });
        if (!toAi) continue;
        events.push({
          type: 'whatsapp.message.received' as const,
          payload: {
            conversationId: batch.conversationId,
            waId: batch.waId,
            ...(batch.profileName ? { profileName: batch.profileName } : {}),
            messages: rows.map((r) => toEventMessage(mapMessage(r.content as WebhookMessage))),
          },
          meta: { villageId: batch.villageId },
        });
      }
      // One statement for all events: intake waits on these batch rows until this commits.
      await deps.messaging.outbox.enqueueMany(tx, events);
      await settleBatches(tx, settled, ids);
      return batches.length;
    });
    total += flushed;
    if (flushed < CLAIM) return total;
  }
}
