// Pending batches: claimed by due time with row locks (SKIP LOCKED), so several replicas flush
// different conversations at once and a batch is published by exactly one of them. Set-based: one
// statement per step for all claimed batches, whatever their number.
import type { SqlClient as Tx } from '@govconnect/messaging';

export interface DueBatch {
  conversationId: string;
  villageId: string;
  waId: string;
  profileName: string | null;
  status: string;
}

export interface PendingMessage {
  id: string;
  conversationId: string;
  content: unknown;
}

export function claimDueBatches(tx: Tx, limit: number): PromiseLike<DueBatch[]> {
  return tx.$queryRawUnsafe<DueBatch[]>(
    `SELECT b.conversation_id::text AS "conversationId", b.village_id AS "villageId", c.wa_id AS "waId",
            c.profile_name AS "profileName", c.status::text AS status
       FROM pending_batches b JOIN conversations c ON c.id = b.conversation_id
      WHERE b.due_at <= now()
      ORDER BY b.due_at
      LIMIT $1
      FOR UPDATE OF b SKIP LOCKED`,
    limit,
  );
}

/**
 * The pending messages of the given conversations, oldest first within each: one lookup per
 * conversation in the partial index of pending messages (migration 20261206210000), so the cost is
 * that of the batch, not of the conversations' history.
 */
export function pendingMessages(tx: Tx, conversationIds: string[]): PromiseLike<PendingMessage[]> {
  return tx.$queryRawUnsafe<PendingMessage[]>(
    `SELECT m.id::text AS id, m.conversation_id::text AS "conversationId", m.content
       FROM jsonb_array_elements_text($1::jsonb) AS c(id)
       CROSS JOIN LATERAL (
         SELECT id, conversation_id, content, sent_at, created_at FROM messages
          WHERE conversation_id = c.id::uuid AND direction = 'inbound' AND status = 'pending'
       ) m
      ORDER BY m.conversation_id, m.sent_at, m.created_at`,
    JSON.stringify(conversationIds),
  );
}

/** Marks messages dispatched or held and deletes the batches they were waiting in. */
export async function settleBatches(
  tx: Tx,
  settled: { id: string; status: 'dispatched' | 'held' }[],
  conversationIds: string[],
): Promise<void> {
  if (settled.length > 0)
    await tx.$executeRawUnsafe(
      `UPDATE messages m SET status = x.status, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text) WHERE m.id = x.id`,
      JSON.stringify(settled),
    );
  await tx.$executeRawUnsafe(
    `DELETE FROM pending_batches WHERE conversation_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`,
    JSON.stringify(conversationIds),
  );
}
