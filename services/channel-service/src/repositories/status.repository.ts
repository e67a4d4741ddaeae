// Status webhooks of outbound messages: each (wamid, status) recorded once, and the message's status
// moved forward only (sent -> delivered -> read; failed is final), whatever order Meta delivers them in.
import type { StatusUpdate } from '../domain/webhook-changes.ts';
import type { SqlClient as Tx } from '@govconnect/messaging';
import { sqlJson } from './sql-json.ts';

export interface RecordedStatus extends StatusUpdate {
  villageId: string;
}

/** Records statuses not seen before and returns those (a replayed status returns nothing). */
export async function recordStatuses(tx: Tx, statuses: RecordedStatus[]): Promise<RecordedStatus[]> {
  if (statuses.length === 0) return [];
  const inserted = await tx.$queryRawUnsafe<{ wamid: string; status: string }[]>(
    `INSERT INTO message_status_events (wamid, status, village_id, error_code, at)
     SELECT wamid, status, village_id, error_code, at
       FROM jsonb_to_recordset($1::jsonb) AS x(wamid text, status text, village_id text, error_code int,
            at timestamptz)
     ON CONFLICT (wamid, status) DO NOTHING
     RETURNING wamid, status`,
    sqlJson(
      statuses.map((s) => ({
        wamid: s.wamid,
        status: s.status,
        village_id: s.villageId,
        error_code: s.errorCode ?? null,
        at: s.at.toISOString(),
      })),
    ),
  );
  const isNew = new Set(inserted.map((r) => `${r.wamid}\u0000${r.status}`));
  return statuses.filter((s) => isNew.delete(`${s.wamid}\u0000${s.status}`));
}

const RANK = `CASE %s WHEN 'pending' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3
  WHEN 'failed' THEN 4 ELSE -1 END`;

/** Moves outbound messages forward to the statuses given; returns the ids of messages that changed. */
export async function applyStatuses(
  tx: Tx,
  statuses: RecordedStatus[],
): Promise<{ id: string; wamid: string; conversationId: string; status: string }[]> {
  const known = statuses.filter((s) => ['sent', 'delivered', 'read', 'failed'].includes(s.status));
  if (known.length === 0) return [];
  return tx.$queryRawUnsafe(
    `UPDATE messages m
        SET status = x.status, error_code = COALESCE(x.error_code, m.error_code),
            error_title = COALESCE(x.error_title, m.error_title), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(wamid text, status text, error_code int, error_title text)
      WHERE m.wamid = x.wamid AND m.direction = 'outbound'
        AND ${RANK.replace('%s', 'm.status')} < ${RANK.replace('%s', 'x.status')}
      RETURNING m.id::text AS id, m.wamid, m.conversation_id::text AS "conversationId", m.status`,
    sqlJson(
      known.map((s) => ({
        wamid: s.wamid,
        status: s.status,
        error_code: s.errorCode ?? null,
        error_title: s.errorTitle ?? null,
      })),
    ),
  );
}
