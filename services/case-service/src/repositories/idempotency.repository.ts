// Idempotency keys of complaint creation, per village.
import type { Tx } from './tx.ts';

/** Serialises requests carrying the same key until this transaction ends. */
export async function lockIdempotencyKey(tx: Tx, villageId: string, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`idem:${villageId}:${key}`}, 0))`;
}

export function findIdempotencyKey(tx: Tx, villageId: string, key: string) {
  return tx.idempotencyKey.findUnique({ where: { villageId_key: { villageId, key } } });
}

export async function saveIdempotencyKey(
  tx: Tx,
  entry: { villageId: string; key: string; complaintId: string; requestHash: string },
): Promise<void> {
  await tx.idempotencyKey.create({ data: entry });
}
