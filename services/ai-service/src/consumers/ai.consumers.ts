// Entry points for the events the ai service consumes: citizens' messages (one turn per batch) and
// staff takeovers. Both are applied once per event id: the processed-event marker commits in the
// same transaction as the dialogue state, the turn record and the outbox rows.
import { EXCHANGE } from '@govconnect/contracts';
import type { Messaging, TransactionalClient } from '@govconnect/messaging';
import type { ConversationDeps } from '../conversation/conversation-deps.ts';
import type { Db } from '../repositories/prisma-client.ts';
import type { Tx } from '../repositories/dialogue-state.repository.ts';
import { handleMessageBatch } from '../use-cases/handle-message-batch.ts';
import { trackTakeover } from '../use-cases/track-takeover.ts';

/** Queue names; under a test's own exchange they are namespaced by it (as the channel's are). */
export function aiQueue(messaging: Pick<Messaging, 'exchanges'>, name: 'messages' | 'takeovers'): string {
  const exchange = messaging.exchanges.exchange;
  return exchange === EXCHANGE ? `ai.${name}` : `${exchange}.ai.${name}`;
}

/**
 * The database as the consumers see it: after each committed transaction the outbox relay is kicked,
 * so the reply leaves at once instead of at the relay's next poll.
 */
function kickingAfterCommit(db: Db, kick: () => void): TransactionalClient<Tx> {
  return {
    $executeRawUnsafe: (query, ...values) => db.$executeRawUnsafe(query, ...values),
    $queryRawUnsafe: (query, ...values) => db.$queryRawUnsafe(query, ...values),
    async $transaction(fn, options) {
      const result = await db.$transaction((tx) => fn(tx), options);
      kick();
      return result;
    },
  };
}

export async function startConsumers(deps: ConversationDeps, kickOutbox: () => void): Promise<void> {
  const db = kickingAfterCommit(deps.db, kickOutbox);
  // The handler calls the case service inside the transaction (its Idempotency-Key makes a rollback
  // and redelivery safe), so the transaction gets room for its timeouts.
  await deps.messaging.consume({
    queue: aiQueue(deps.messaging, 'messages'),
    routingKeys: ['whatsapp.message.received'],
    db,
    // Below the 10 connections of Prisma's pool: each turn holds one for its transaction (the
    // knowledge search has a pool of its own, see prisma-client.ts). Measured at 50/s: more in flight
    // did not help on two cores.
    prefetch: 6,
    transactionTimeoutMs: 4 * deps.config.CASE_SERVICE_TIMEOUT_MS + 5_000,
    handler: (event, { tx }) => handleMessageBatch(deps, tx, event),
  });
  await deps.messaging.consume({
    queue: aiQueue(deps.messaging, 'takeovers'),
    routingKeys: ['conversation.takeover.started', 'conversation.takeover.ended'],
    db,
    handler: (event, { tx }) => trackTakeover(tx, event),
  });
}
