// Publishes outbox rows in created_at order: polls on an interval, runs at once when kicked after a
// commit, backs off while the broker is unreachable and drains the backlog once it is back.
// Replicas may run a relay each: a batch is claimed with SELECT ... FOR UPDATE SKIP LOCKED and stays
// locked until its rows are marked published, so no two relays publish the same row concurrently.
// Delivery is still at-least-once (a crash between the confirm and the commit republishes), which
// consumers absorb by deduplicating on the envelope id.
// Published rows are kept for `retentionMs` (what went out, for an operator to look up), then deleted,
// so the table and the index the claim reads stay the size of a few days of traffic.
import { InvalidEventError, type EventEnvelope } from '@govconnect/contracts';
import { backoffDelay, validateBackoff, type BackoffPolicy } from './backoff.ts';
import { describeError, silentLogger, type Logger } from './logger.ts';
import type { MessagingMetrics } from './metrics.ts';
import type { SqlClient, TransactionalClient } from './sql-client.ts';

export interface EventPublisher {
  publish(envelope: EventEnvelope): Promise<void>;
}

export interface OutboxRelayOptions {
  db: TransactionalClient;
  publisher: EventPublisher;
  /** Passes are skipped (and backed off) while this says the broker is down. */
  connection: { isConnected(): boolean };
  metrics?: MessagingMetrics;
  logger?: Logger;
  /** Rows claimed and published per transaction. */
  batchSize?: number;
  /** Time between passes when the outbox is drained. */
  intervalMs?: number;
  /** Time between passes after a failure. */
  backoff?: Partial<BackoffPolicy>;
  /** Published rows older than this are deleted; default 7 days (as long as Meta redelivers a webhook). */
  retentionMs?: number;
  /** Scheduled passes delete expired rows at most this often; default 10 minutes. */
  purgeIntervalMs?: number;
  /** Must exceed the publish confirm timeout: the batch's rows stay locked while it publishes. */
  transactionTimeoutMs?: number;
  /**
   * Scheduled passes refresh the backlog gauge at most this often: counting the unpublished rows on
   * every pass cost a statement per kick, and a busy producer kicks after every commit.
   */
  backlogIntervalMs?: number;
}

/** Rows whose envelope no longer validates are parked with this prefix: retrying cannot help. */
export const INVALID_ENVELOPE_ERROR_PREFIX = 'invalid envelope:';

const SELECT_BATCH = `SELECT id::text AS id, envelope FROM outbox_events
WHERE published_at IS NULL AND (last_error IS NULL OR last_error NOT LIKE '${INVALID_ENVELOPE_ERROR_PREFIX}%')
ORDER BY created_at, id
LIMIT $1
FOR UPDATE SKIP LOCKED`;
const MARK_PUBLISHED = `UPDATE outbox_events SET published_at = clock_timestamp() WHERE id = ANY($1::uuid[])`;
const RECORD_FAILURE = `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE id = $1::uuid`;
const COUNT_BACKLOG = `SELECT count(*)::int AS backlog FROM outbox_events WHERE published_at IS NULL`;
/** Rows deleted per statement: short transactions, however long the relay was away. */
const PURGE_BATCH = 1_000;
const PURGE_PUBLISHED = `DELETE FROM outbox_events WHERE id IN (
  SELECT id FROM outbox_events
   WHERE published_at < clock_timestamp() - make_interval(secs => $1::double precision / 1000)
   LIMIT ${PURGE_BATCH})`;

interface OutboxRow {
  id: string;
  envelope: unknown;
}

interface BatchResult {
  fetched: number;
  published: number;
  brokerFailed: boolean;
}

export class OutboxRelay {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly intervalMs: number;
  private readonly backoff: BackoffPolicy;
  private readonly backlogIntervalMs: number;
  private backlogCountedAt = -Infinity;
  private readonly retentionMs: number;
  private readonly purgeIntervalMs: number;
  private purgedAt = -Infinity;
  private running = false;
  private kicked = false;
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.batchSize = options.batchSize ?? 100;
    this.intervalMs = options.intervalMs ?? 1_000;
    this.backoff = validateBackoff({ baseMs: 500, factor: 2, maxMs: 30_000, ...options.backoff });
    this.backlogIntervalMs = options.backlogIntervalMs ?? 5_000;
    this.retentionMs = options.retentionMs ?? 7 * 24 * 3_600_000;
    this.purgeIntervalMs = options.purgeIntervalMs ?? 600_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Runs a pass now (or right after the one in progress): call it after committing outbox rows. */
  kick(): void {
    if (!this.running) return;
    if (this.current) {
      this.kicked = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops polling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /**
   * Publishes batches until nothing is left or the broker fails, then refreshes the backlog gauge;
   * returns how many rows it published. Tests and scripts call it directly; scheduled passes drain
   * the same way but count the backlog only every `backlogIntervalMs`.
   */
  async relayPending(): Promise<number> {
    const published = await this.drain();
    await this.updateBacklog();
    return published;
  }

  /** Deletes the published rows older than the retention; returns how many. */
  async purgePublished(): Promise<number> {
    this.purgedAt = performance.now();
    let deleted = 0;
    // At most 100 statements a call (a long-stopped relay's backlog goes over several passes), so a
    // pass, and a shutdown waiting for it, stays short.
    for (let i = 0; i < 100; i++) {
      const n = await this.options.db.$executeRawUnsafe(PURGE_PUBLISHED, this.retentionMs);
      deleted += n;
      if (n < PURGE_BATCH) break;
    }
    if (deleted > 0)
      this.logger.info('messaging: published outbox rows past their retention deleted', { deleted });
    return deleted;
  }

  private async drain(): Promise<number> {
    let published = 0;
    for (;;) {
      const batch = await this.relayBatch();
      published += batch.published;
      if (batch.brokerFailed) throw new Error('the broker did not confirm every event of the batch');
      if (batch.fetched < this.batchSize) break;
    }
    return published;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.current = this.pass().finally(() => (this.current = undefined));
    }, delayMs);
  }

  private async pass(): Promise<void> {
    this.kicked = false;
    let healthy = this.options.connection.isConnected();
    if (healthy) {
      try {
        await this.drain();
        if (performance.now() - this.backlogCountedAt >= this.backlogIntervalMs) await this.updateBacklog();
        if (performance.now() - this.purgedAt >= this.purgeIntervalMs) await this.purgePublished();
      } catch (error) {
        healthy = false;
        this.logger.warn('messaging: outbox relay pass failed', { error: describeError(error) });
      }
    }
    this.failures = healthy ? 0 : this.failures + 1;
    if (!this.running) return;
    if (!healthy) this.schedule(backoffDelay(this.backoff, this.failures));
    else this.schedule(this.kicked ? 0 : this.intervalMs);
  }

  private relayBatch(): Promise<BatchResult> {
    return Promise.resolve(
      this.options.db.$transaction(
        async (tx) => {
          const rows = await tx.$queryRawUnsafe<OutboxRow[]>(SELECT_BATCH, this.batchSize);
          if (rows.length === 0) return { fetched: 0, published: 0, brokerFailed: false };
          // Published concurrently on one channel, so they still reach the broker in row order.
          const results = await Promise.allSettled(
            rows.map(async (row) => this.options.publisher.publish(toEnvelope(row))),
          );
          const published = rows.filter((_, i) => results[i]?.status === 'fulfilled').map((row) => row.id);
          if (published.length) await tx.$executeRawUnsafe(MARK_PUBLISHED, published);
          const brokerFailed = await this.recordFailures(tx, rows, results);
          return { fetched: rows.length, published: published.length, brokerFailed };
        },
        { timeout: this.options.transactionTimeoutMs ?? 30_000 },
      ),
    );
  }

  private async recordFailures(
    tx: SqlClient,
    rows: OutboxRow[],
    results: PromiseSettledResult<void>[],
  ): Promise<boolean> {
    let brokerFailed = false;
    for (const [i, row] of rows.entries()) {
      const result = results[i];
      if (result?.status !== 'rejected') continue;
      const error: unknown = result.reason;
      const invalid = error instanceof InvalidEventError;
      const lastError = invalid
        ? `${INVALID_ENVELOPE_ERROR_PREFIX} ${error.message}: ${error.issues.join('; ')}`
        : describeError(error);
      if (invalid)
        this.logger.error('messaging: outbox row parked, its envelope is invalid', {
          eventId: row.id,
          lastError,
        });
      else brokerFailed = true;
      await tx.$executeRawUnsafe(RECORD_FAILURE, row.id, lastError.slice(0, 2000));
    }
    return brokerFailed;
  }

  private async updateBacklog(): Promise<void> {
    if (!this.options.metrics) return;
    this.backlogCountedAt = performance.now();
    const [row] = await this.options.db.$queryRawUnsafe<{ backlog: number }[]>(COUNT_BACKLOG);
    this.options.metrics.outboxBacklog.set(row?.backlog ?? 0);
  }
}

function toEnvelope(row: OutboxRow): EventEnvelope {
  const value = typeof row.envelope === 'string' ? (JSON.parse(row.envelope) as unknown) : row.envelope;
  // The publisher validates it; an invalid one rejects with InvalidEventError and is parked.
  return value as EventEnvelope;
}
