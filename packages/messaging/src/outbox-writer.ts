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

  write(tx: SqlClient, envelope: EventEnvelope): Promise<void> {
    return writeOutbox(tx, envelope);
  }
}
