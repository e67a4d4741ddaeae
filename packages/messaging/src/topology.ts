// Declares the exchanges and, per consumer, its queue, retry delay queues and dead-letter queue.
//
//   govconnect.events (topic) --routing keys--> <queue> --consumer-->
//   a failed attempt is republished to <queue>.retry.<delay>ms (TTL = delay, no consumers),
//   which dead-letters it back to <queue> through the default exchange when the TTL expires;
//   the last failed attempt, or a poison message, is published to govconnect.dlx (direct) with
//   routing key <queue>, bound to <queue>.dlq.
// One delay queue per backoff step keeps every message in a delay queue at the same TTL, so an
// expired message is never stuck behind a longer-lived one (per-message TTL head-of-line blocking).
import type { Channel } from 'amqplib';
import { DEAD_LETTER_EXCHANGE, EXCHANGE } from '@govconnect/contracts';

export interface ExchangeNames {
  /** The topic exchange every event is published to. */
  exchange: string;
  /** The direct exchange dead letters are published to, routed by queue name. */
  deadLetterExchange: string;
}

export const DEFAULT_EXCHANGES: ExchangeNames = {
  exchange: EXCHANGE,
  deadLetterExchange: DEAD_LETTER_EXCHANGE,
};

export function resolveExchanges(names?: Partial<ExchangeNames>): ExchangeNames {
  return { ...DEFAULT_EXCHANGES, ...names };
}

export function deadLetterQueueName(queue: string): string {
  return `${queue}.dlq`;
}

export function retryQueueName(queue: string, delayMs: number): string {
  // The delay is in the name because a queue's TTL cannot change once declared: a new backoff
  // policy declares new delay queues instead of failing with PRECONDITION_FAILED.
  return `${queue}.retry.${delayMs}ms`;
}

export interface ConsumerTopology {
  queue: string;
  routingKeys: readonly string[];
  retryDelaysMs: readonly number[];
}

export async function declareExchanges(channel: Channel, names: ExchangeNames): Promise<void> {
  await channel.assertExchange(names.exchange, 'topic', { durable: true });
  await channel.assertExchange(names.deadLetterExchange, 'direct', { durable: true });
}

export async function declareConsumerTopology(
  channel: Channel,
  names: ExchangeNames,
  topology: ConsumerTopology,
): Promise<void> {
  const { queue } = topology;
  await declareExchanges(channel, names);

  const dlq = deadLetterQueueName(queue);
  await channel.assertQueue(dlq, { durable: true });
  await channel.bindQueue(dlq, names.deadLetterExchange, queue);

  // A message the consumer rejects (when even the retry republish failed) still lands in the
  // DLQ instead of being dropped.
  await channel.assertQueue(queue, {
    durable: true,
    arguments: { 'x-dead-letter-exchange': names.deadLetterExchange, 'x-dead-letter-routing-key': queue },
  });
  for (const key of topology.routingKeys) await channel.bindQueue(queue, names.exchange, key);

  for (const delayMs of topology.retryDelaysMs) {
    await channel.assertQueue(retryQueueName(queue, delayMs), {
      durable: true,
      arguments: {
        'x-message-ttl': delayMs,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': queue,
      },
    });
  }
}

/** Whether an AMQP topic binding pattern (`*` one word, `#` zero or more) matches a routing key. */
export function topicMatches(pattern: string, routingKey: string): boolean {
  const words = routingKey.split('.');
  const parts = pattern.split('.');
  const match = (p: number, w: number): boolean => {
    if (p === parts.length) return w === words.length;
    const part = parts[p];
    if (part === '#') return match(p + 1, w) || (w < words.length && match(p, w + 1));
    if (w === words.length) return false;
    return (part === '*' || part === words[w]) && match(p + 1, w + 1);
  };
  return match(0, 0);
}
