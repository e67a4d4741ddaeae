// Decides what becomes of one delivery: parse and validate it, run the handler once per event id
// (the processed_events marker and the handler's writes commit in one transaction), and turn a
// failure into a retry or a dead letter. Acting on the decision is the consumer's job.
import type { ConsumeMessage } from 'amqplib';
import { InvalidEventError, parseEnvelope, type EventEnvelope } from '@govconnect/contracts';
import { backoffDelay, type BackoffPolicy } from './backoff.ts';
import { NonRetryableError } from './errors.ts';
import { HEADERS, readCount, type DeadLetterReason } from './headers.ts';
import { describeError } from './logger.ts';
import type { SqlClient, TransactionalClient } from './sql-client.ts';
import { topicMatches } from './topology.ts';

export interface HandlerContext<TTx> {
  /** The interactive transaction the processed-event marker was written in; undefined without `db`. */
  tx: TTx;
  /** 1 on the first delivery, up to maxAttempts. */
  attempt: number;
  /** The broker redelivered it (a consumer died or lost its connection before acking). */
  redelivered: boolean;
}

export type EventHandler<TTx, E extends EventEnvelope = EventEnvelope> = (
  envelope: E,
  context: HandlerContext<TTx>,
) => Promise<void>;

export type Settlement =
  | { kind: 'ack'; outcome: 'ok' | 'duplicate' }
  | { kind: 'retry'; attempt: number; delayMs: number; error: string }
  | { kind: 'dead-letter'; reason: DeadLetterReason; detail: string; attempts: number };

export type ParsedDelivery =
  { ok: true; envelope: EventEnvelope } | { ok: false; reason: DeadLetterReason; detail: string };

/** Parses a delivery; a message that can never be handled is reported, never thrown. */
export function parseDelivery(message: ConsumeMessage, routingKeys: readonly string[]): ParsedDelivery {
  let raw: unknown;
  try {
    raw = JSON.parse(message.content.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: 'unparseable', detail: `not JSON: ${describeError(error)}` };
  }
  let envelope: EventEnvelope;
  try {
    envelope = parseEnvelope(raw);
  } catch (error) {
    if (!(error instanceof InvalidEventError)) throw error;
    return { ok: false, reason: 'invalid_envelope', detail: `${error.message}: ${error.issues.join('; ')}` };
  }
  if (!routingKeys.some((key) => topicMatches(key, envelope.type))) {
    // A stale binding (routing keys are never unbound) must not hand the handler a type it does not expect.
    return {
      ok: false,
      reason: 'unexpected_type',
      detail: `type ${envelope.type} matches none of ${routingKeys.join(', ')}`,
    };
  }
  return { ok: true, envelope };
}

export interface HandleOptions<TTx> {
  consumerName: string;
  handler: EventHandler<TTx, EventEnvelope>;
  db?: TransactionalClient<TTx & SqlClient>;
  maxAttempts: number;
  backoff: BackoffPolicy;
  transactionTimeoutMs: number;
}

const MARK_PROCESSED = `INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2::uuid)
ON CONFLICT (consumer, event_id) DO NOTHING`;

/** Runs the handler for a valid envelope and decides how to settle the delivery. */
export async function handleEnvelope<TTx>(
  envelope: EventEnvelope,
  message: ConsumeMessage,
  options: HandleOptions<TTx>,
): Promise<Settlement> {
  const attempt = readCount(message.properties.headers, HEADERS.attempts) + 1;
  const redelivered = message.fields.redelivered;
  try {
    const outcome = await runOnce(envelope, options, attempt, redelivered);
    return { kind: 'ack', outcome };
  } catch (error) {
    const detail = describeError(error);
    if (error instanceof NonRetryableError)
      return { kind: 'dead-letter', reason: 'non_retryable', detail, attempts: attempt };
    if (attempt >= options.maxAttempts)
      return { kind: 'dead-letter', reason: 'max_attempts', detail, attempts: attempt };
    return { kind: 'retry', attempt, delayMs: backoffDelay(options.backoff, attempt), error: detail };
  }
}

async function runOnce<TTx>(
  envelope: EventEnvelope,
  options: HandleOptions<TTx>,
  attempt: number,
  redelivered: boolean,
): Promise<'ok' | 'duplicate'> {
  const { db, handler } = options;
  if (!db) {
    // Without a database there is nothing to deduplicate against: the handler must be idempotent itself.
    await handler(envelope, { tx: undefined as TTx, attempt, redelivered });
    return 'ok';
  }
  return db.$transaction(
    async (tx) => {
      // A concurrent delivery of the same id waits here on the row lock until this transaction ends,
      // then sees the row (duplicate) or, after a rollback, inserts it itself.
      const inserted = await tx.$executeRawUnsafe(MARK_PROCESSED, options.consumerName, envelope.id);
      if (inserted === 0) return 'duplicate' as const;
      await handler(envelope, { tx, attempt, redelivered });
      return 'ok' as const;
    },
    { timeout: options.transactionTimeoutMs },
  );
}
