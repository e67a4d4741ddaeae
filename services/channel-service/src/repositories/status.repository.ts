// Status webhooks of outbound messages: each (wamid, status) recorded once, and the message's status
// moved forward only (sent -> delivered -> read; failed is final), whatever order Meta delivers them in.
import type { EventEnvelope } from '@govconnect/contracts';
import { outboxInsertFrom, type SqlClient as Tx } from '@govconnect/messaging';
import type { StatusUpdate } from '../domain/webhook-changes.ts';
import { sqlJson } from './sql-json.ts';

export interface RecordedStatus extends StatusUpdate {
  villageId: string;
}

const RANK = `CASE %s WHEN 'pending' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3
  WHEN 'failed' THEN 4 ELSE -1 END`;
const rank = (column: string) => RANK.replace('%s', column);

// One statement (atomic by itself): record the statuses not seen before, write the outbox events of
// those only, and move each message forward to the best of its new statuses. A status webhook is
// the most frequent write under load (three per reply), so it is one round trip, not five.
const STORE_STATUSES = `WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(wamid text, status text, village_id text, error_code int,
         error_title text, at timestamptz, envelope jsonb)),
recorded AS (
  INSERT INTO message_status_events (wamid, status, village_id, error_code, at)
  SELECT wamid, status, village_id, error_code, at FROM input
  ON CONFLICT (wamid, status) DO NOTHING
  RETURNING wamid, status),
fresh AS (SELECT i.* FROM input i JOIN recorded r ON r.wamid = i.wamid AND r.status = i.status),
published AS (${outboxInsertFrom("fresh WHERE jsonb_typeof(envelope) = 'object'")}),
latest AS (
  SELECT DISTINCT ON (wamid) wamid, status, error_code, error_title FROM fresh
   WHERE status IN ('sent', 'delivered', 'read', 'failed')
   ORDER BY wamid, ${rank('status')} DESC),
applied AS (
  UPDATE messages m
     SET status = x.status, error_code = COALESCE(x.error_code, m.error_code),
         error_title = COALESCE(x.error_title, m.error_title), updated_at = now()
    FROM latest x
   WHERE m.wamid = x.wamid AND m.direction = 'outbound' AND ${rank('m.status')} < ${rank('x.status')}
  RETURNING m.id::text AS id, m.wamid, m.conversation_id::text AS "conversationId", m.status)
SELECT 'recorded' AS kind, wamid, status, NULL::text AS id, NULL::text AS "conversationId" FROM recorded
UNION ALL
SELECT 'applied', wamid, status, id, "conversationId" FROM applied`;

// A type, not an interface: it travels in live-feed events, which take plain records.
export type AppliedStatus = {
  id: string;
  wamid: string;
  conversationId: string;
  status: string;
};

/**
 * Stores statuses (distinct by wamid and status) with, for each, the envelope to publish if it is new
 * (null: recorded, not published). Returns the statuses that were new and the messages that changed.
 */
export async function storeStatuses(
  tx: Tx,
  statuses: (RecordedStatus & { envelope: EventEnvelope | null })[],
): Promise<{ fresh: RecordedStatus[]; applied: AppliedStatus[] }> {
  if (statuses.length === 0) return { fresh: [], applied: [] };
  const rows = await tx.$queryRawUnsafe<({ kind: 'recorded' | 'applied' } & AppliedStatus)[]>(
    STORE_STATUSES,
    sqlJson(
      statuses.map((s) => ({
        wamid: s.wamid,
        status: s.status,
        village_id: s.villageId,
        error_code: s.errorCode ?? null,
        error_title: s.errorTitle ?? null,
        at: s.at.toISOString(),
        envelope: s.envelope,
      })),
    ),
  );
  const isNew = new Set(rows.filter((r) => r.kind === 'recorded').map((r) => `${r.wamid}\u0000${r.status}`));
  return {
    fresh: statuses.filter((s) => isNew.has(`${s.wamid}\u0000${s.status}`)),
    applied: rows
      .filter((r) => r.kind === 'applied')
      .map(({ id, wamid, conversationId, status }) => ({ id, wamid, conversationId, status })),
  };
}
