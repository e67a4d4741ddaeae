// The headers this package reads and writes on messages, and the properties it republishes with.
import type { MessageProperties, Options } from 'amqplib';

export const HEADERS = {
  /** Attempts already made (and failed) for this message; absent on a first delivery. */
  attempts: 'x-gc-attempts',
  /** Why the message was dead-lettered: see DeadLetterReason. */
  reason: 'x-gc-dead-letter-reason',
  /** The last error, or the validation issues of a poison message. */
  error: 'x-gc-error',
  /** The queue the message was dead-lettered from. */
  queue: 'x-gc-queue',
  failedAt: 'x-gc-failed-at',
  /** How many times an operator has redriven this message from its DLQ. */
  redriven: 'x-gc-redriven',
} as const;

export type DeadLetterReason =
  'unparseable' | 'invalid_envelope' | 'unexpected_type' | 'non_retryable' | 'max_attempts';

const MAX_HEADER_TEXT = 1000;

export function truncate(text: string): string {
  return text.length > MAX_HEADER_TEXT ? `${text.slice(0, MAX_HEADER_TEXT - 1)}…` : text;
}

export function readCount(headers: Record<string, unknown> | undefined, name: string): number {
  const value: unknown = headers?.[name];
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isInteger(n) && n > 0 ? n : 0;
}

const FAILURE_HEADERS = new Set<string>([
  HEADERS.attempts,
  HEADERS.reason,
  HEADERS.error,
  HEADERS.queue,
  HEADERS.failedAt,
]);

/**
 * The headers to carry over when republishing: without the broker's dead-letter history
 * (x-death grows with every hop and would make RabbitMQ's cycle detection drop a message that
 * legitimately goes round the retry loop) and, when `resetFailures`, without our attempt count
 * and failure details.
 */
export function carriedHeaders(
  headers: Record<string, unknown> | undefined,
  { resetFailures }: { resetFailures: boolean },
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name === 'x-death' || name.startsWith('x-first-death-') || name.startsWith('x-last-death-')) continue;
    if (resetFailures && FAILURE_HEADERS.has(name)) continue;
    kept[name] = value;
  }
  return kept;
}

/** The original message properties, for a republish that must look like the original. */
export function republishProperties(
  properties: MessageProperties,
  headers: Record<string, unknown>,
): Options.Publish {
  const options: Options.Publish = { persistent: true, headers };
  if (properties.contentType) options.contentType = properties.contentType;
  if (properties.contentEncoding) options.contentEncoding = properties.contentEncoding;
  if (properties.messageId) options.messageId = properties.messageId;
  if (properties.correlationId) options.correlationId = properties.correlationId;
  if (properties.type) options.type = properties.type;
  if (properties.timestamp) options.timestamp = properties.timestamp;
  if (properties.appId) options.appId = properties.appId;
  return options;
}
