// Moves a failed delivery to its retry delay queue or to the dead-letter queue. Each move publishes
// a copy with confirms and only then acks the original, so a crash in between duplicates the
// message (absorbed by idempotent handling) instead of losing it.
import type { ConsumeMessage } from 'amqplib';
import type { ConfirmingChannel } from './confirming-channel.ts';
import { PublishError } from './errors.ts';
import { carriedHeaders, HEADERS, republishProperties, truncate, type DeadLetterReason } from './headers.ts';
import { retryQueueName } from './topology.ts';

export interface RetryMove {
  queue: string;
  /** The attempt that just failed. */
  attempt: number;
  delayMs: number;
  error: string;
}

export async function publishToRetry(
  channel: ConfirmingChannel,
  message: ConsumeMessage,
  move: RetryMove,
): Promise<void> {
  const headers = {
    ...carriedHeaders(message.properties.headers, { resetFailures: false }),
    [HEADERS.attempts]: move.attempt,
    [HEADERS.error]: truncate(move.error),
  };
  // Through the default exchange straight to the delay queue, whose TTL dead-letters it back.
  const target = retryQueueName(move.queue, move.delayMs);
  const { routed } = await channel.publish(
    '',
    target,
    message.content,
    republishProperties(message.properties, headers),
  );
  if (!routed) throw new PublishError(`retry queue ${target} does not exist`);
}

export interface DeadLetterMove {
  queue: string;
  deadLetterExchange: string;
  reason: DeadLetterReason;
  detail: string;
  attempts: number;
}

export async function publishToDeadLetter(
  channel: ConfirmingChannel,
  message: ConsumeMessage,
  move: DeadLetterMove,
): Promise<void> {
  const headers = {
    ...carriedHeaders(message.properties.headers, { resetFailures: true }),
    [HEADERS.reason]: move.reason,
    [HEADERS.error]: truncate(move.detail),
    [HEADERS.queue]: move.queue,
    [HEADERS.failedAt]: new Date().toISOString(),
    [HEADERS.attempts]: move.attempts,
  };
  const { routed } = await channel.publish(
    move.deadLetterExchange,
    move.queue,
    message.content,
    republishProperties(message.properties, headers),
  );
  if (!routed) throw new PublishError(`no dead-letter queue is bound for ${move.queue}`);
}
