// Moves dead letters from <queue>.dlq back to <queue>, with their attempt count reset. Safe while
// consumers run: each message is copied with confirms before it is acked from the DLQ, and only as
// many messages as the DLQ held at the start are moved, so one that fails again is not looped.
import type { GetMessage } from 'amqplib';
import type { ConnectionManager } from './connection.ts';
import type { ConfirmingChannel } from './confirming-channel.ts';
import { PublishError } from './errors.ts';
import { carriedHeaders, HEADERS, readCount, republishProperties } from './headers.ts';
import { deadLetterQueueName } from './topology.ts';

export interface RedriveOptions {
  /** Move at most this many messages. */
  limit?: number;
  /** Messages moved per round of confirms. */
  batchSize?: number;
}

export interface RedriveResult {
  queue: string;
  moved: number;
}

export async function redrive(
  connection: ConnectionManager,
  queue: string,
  { limit = Number.POSITIVE_INFINITY, batchSize = 100 }: RedriveOptions = {},
): Promise<RedriveResult> {
  if (!(limit >= 0)) throw new RangeError('limit must be zero or more');
  const dlq = deadLetterQueueName(queue);
  const moved = await connection.withChannel(async (channel) => {
    // Both throw (404) when the queue was never declared, before anything is taken.
    await channel.raw.checkQueue(queue);
    const { messageCount } = await channel.raw.checkQueue(dlq);
    const budget = Math.min(limit, messageCount);
    let count = 0;
    while (count < budget) {
      const batch = await take(channel, dlq, Math.min(batchSize, budget - count));
      if (batch.length === 0) break;
      await moveBatch(channel, queue, batch);
      count += batch.length;
    }
    return count;
  });
  return { queue, moved };
}

async function take(channel: ConfirmingChannel, dlq: string, max: number): Promise<GetMessage[]> {
  const batch: GetMessage[] = [];
  while (batch.length < max) {
    const message = await channel.raw.get(dlq, { noAck: false });
    if (!message) break;
    batch.push(message);
  }
  return batch;
}

async function moveBatch(channel: ConfirmingChannel, queue: string, batch: GetMessage[]): Promise<void> {
  const results = await Promise.allSettled(
    batch.map(async (message) => {
      const headers = {
        ...carriedHeaders(message.properties.headers, { resetFailures: true }),
        [HEADERS.redriven]: readCount(message.properties.headers, HEADERS.redriven) + 1,
      };
      // Straight to the queue through the default exchange: republishing on the topic exchange
      // would hand the event to every other subscriber a second time.
      const { routed } = await channel.publish(
        '',
        queue,
        message.content,
        republishProperties(message.properties, headers),
      );
      if (!routed) throw new PublishError(`queue ${queue} does not exist`);
    }),
  );
  let firstError: unknown;
  for (const [i, message] of batch.entries()) {
    const result = results[i];
    if (result?.status === 'fulfilled') channel.raw.ack(message);
    else {
      firstError ??= result?.reason;
      channel.raw.nack(message, false, true);
    }
  }
  if (firstError !== undefined) throw firstError;
}
