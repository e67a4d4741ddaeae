// Writes events to the outbox table inside the caller's transaction, so an event exists if and only
// if the state change that caused it was committed. The OutboxRelay publishes them afterwards.
import {
  createEnvelope,
  parseEnvelope,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@govconnect/contracts';
import type { SqlClient } from './sql-client.ts';

// clock_timestamp(), not the column default now(): now() is the transaction's start time, so
// several events written by one transaction would tie and lose their order.
const INSERT_OUTBOX = `INSERT INTO outbox_events (id, type, village_id, envelope, created_at)
VALUES ($1::uuid, $2, $3, $4::jsonb, clock_timestamp())`;

// Many events in one round trip. Rows written by one statement may share a timestamp, so the relay
// publishes them in no particular order among themselves: use it for independent events only.
const INSERT_OUTBOX_MANY = `INSERT INTO outbox_events (id, type, village_id, envelope, created_at)
SELECT (e->>'id')::uuid, e->>'type', e->>'village_id', e->'envelope', clock_timestamp()
  FROM jsonb_array_elements($1::jsonb) AS e`;

/**
 * `INSERT INTO outbox_events ...` of the envelopes (a jsonb column `envelope`, built by
 * OutboxWriter.build) that `source` yields: for a caller that writes events inside a statement of its
 * own, such as a CTE that stores only some of them, in one round trip. Like enqueueMany, rows written
 * by one statement have no order among themselves.
 */
export function outboxInsertFrom(source: string): string {
  return `INSERT INTO outbox_events (id, type, village_id, envelope, created_at)
SELECT (envelope->>'id')::uuid, envelope->>'type', envelope->>'villageId', envelope, clock_timestamp()
  FROM ${source}`;
}

/** Validates `envelope` (throws InvalidEventError, failing the caller's transaction) and stores it. */
export async function writeOutbox(tx: SqlClient, envelope: EventEnvelope): Promise<void> {
  const event = parseEnvelope(envelope);
  await tx.$executeRawUnsafe(INSERT_OUTBOX, event.id, event.type, event.villageId, JSON.stringify(event));
}

export interface OutboxWriterOptions {
  /** The current request id (service-kit's currentRequestId), stamped as the correlation id. */
  getCorrelationId?: () => string | undefined;
}

export class OutboxWriter {
  constructor(private readonly options: OutboxWriterOptions = {}) {}

  /**
   * Builds an envelope for `type` (correlated with the current request, or a fresh id outside
   * one), writes it in `tx`, and returns it.
   */
  async enqueue<T extends EventType>(
    tx: SqlClient,
    type: T,
    payload: EventPayload<T>,
    meta: { villageId: string; correlationId?: string; id?: string; occurredAt?: Date },
  ): Promise<EventEnvelope<T>> {
    const correlationId = meta.correlationId ?? this.options.getCorrelationId?.() ?? crypto.randomUUID();
    const envelope = createEnvelope(type, payload, { ...meta, correlationId });
    await writeOutbox(tx, envelope as EventEnvelope);
    return envelope;
  }

  /**
   * Like enqueue for several independent events (no order among them), written by one statement: a
   * transaction that holds row locks (a batch flush) should not spend a round trip per event while
   * others wait on those rows.
   */
  async enqueueMany<T extends EventType>(
    tx: SqlClient,
    events: { type: T; payload: EventPayload<T>; meta: { villageId: string; correlationId?: string } }[],
  ): Promise<EventEnvelope<T>[]> {
    if (events.length === 0) return [];
    const envelopes = this.build(events);
    const rows = envelopes.map((e) => ({ id: e.id, type: e.type, village_id: e.villageId, envelope: e }));
    await tx.$executeRawUnsafe(INSERT_OUTBOX_MANY, JSON.stringify(rows));
    return envelopes;
  }

  /**
   * Builds and validates the envelopes enqueueMany would write, without writing them (throws
   * InvalidEventError): for a statement of the caller's own, see outboxInsertFrom.
   */
  build<T extends EventType>(
    events: { type: T; payload: EventPayload<T>; meta: { villageId: string; correlationId?: string } }[],
  ): EventEnvelope<T>[] {
    return events.map(({ type, payload, meta }) => {
      const correlationId = meta.correlationId ?? this.options.getCorrelationId?.() ?? crypto.randomUUID();
      return createEnvelope(type, payload, { ...meta, correlationId });
    });
  }

  write(tx: SqlClient, envelope: EventEnvelope): Promise<void> {
    return writeOutbox(tx, envelope);
  }
}
