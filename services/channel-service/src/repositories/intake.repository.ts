// The writes of webhook intake, set-based so that one transaction can hold many webhooks (group
// commit): conversations upserted, messages inserted once per wamid, counters bumped, batches opened.
import type { SqlClient as Tx } from '@govconnect/messaging';
import { sqlJson } from './sql-json.ts';

export interface InboundRow {
  id: string;
  villageId: string;
  conversationId: string;
  waId: string;
  profileName?: string;
  wamid: string;
  type: string;
  text?: string;
  contextId?: string;
  forwarded: boolean;
  content: unknown;
  /** stored, pending or dispatched; a conversation under takeover turns the last two into held. */
  status: string;
  sentAt: Date;
}

/**
 * One statement (atomic on its own, so the common case needs no explicit transaction): inserts the
 * messages whose wamid is new, creates or updates their conversations (profile name; unread count
 * and 24-hour window grown by the new messages only) and opens pending batches. Conversation ids are
 * derived from (village, citizen), so messages can reference a conversation created by the same
 * statement (foreign keys are checked at its end). Returns the inserted messages with their status.
 */
export async function storeInbound(
  tx: Tx,
  rows: InboundRow[],
  batchWindowMs: number,
): Promise<{ wamid: string; status: string }[]> {
  if (rows.length === 0) return [];
  const json = rows.map((r) => ({
    id: r.id,
    village_id: r.villageId,
    conversation_id: r.conversationId,
    wa_id: r.waId,
    profile_name: r.profileName ?? null,
    wamid: r.wamid,
    type: r.type,
    text: r.text ?? null,
    context_id: r.contextId ?? null,
    forwarded: r.forwarded,
    content: r.content,
    status: r.status,
    sent_at: r.sentAt.toISOString(),
  }));
  return tx.$queryRawUnsafe<{ wamid: string; status: string }[]>(
    `WITH x AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, village_id text, conversation_id uuid,
              wa_id text, profile_name text, wamid text, type text, text text, context_id text,
              forwarded boolean, content jsonb, status text, sent_at timestamptz)
     ),
     cur AS (SELECT id, status FROM conversations WHERE id IN (SELECT conversation_id FROM x)),
     ins AS (
       INSERT INTO messages (id, village_id, conversation_id, wamid, direction, type, text, context_id,
                             forwarded, content, status, sent_at)
       SELECT x.id, x.village_id, x.conversation_id, x.wamid, 'inbound', x.type, x.text, x.context_id,
              x.forwarded, x.content,
              CASE WHEN x.status <> 'stored' AND cur.status = 'takeover' THEN 'held' ELSE x.status END,
              x.sent_at
         FROM x LEFT JOIN cur ON cur.id = x.conversation_id
       ON CONFLICT (wamid) DO NOTHING
       RETURNING conversation_id, village_id, wamid, status, sent_at
     ),
     agg AS (SELECT conversation_id, count(*)::int AS n, max(sent_at) AS last FROM ins GROUP BY conversation_id),
     who AS (
       SELECT DISTINCT ON (conversation_id) conversation_id, village_id, wa_id, profile_name
         FROM x ORDER BY conversation_id, (profile_name IS NULL), sent_at DESC
     ),
     conv AS (
       INSERT INTO conversations AS c (id, village_id, wa_id, profile_name, unread_count, last_inbound_at, last_message_at)
       SELECT w.conversation_id, w.village_id, w.wa_id, w.profile_name, COALESCE(a.n, 0), a.last, a.last
         FROM who w LEFT JOIN agg a ON a.conversation_id = w.conversation_id
        ORDER BY w.conversation_id
       ON CONFLICT (id) DO UPDATE
         SET profile_name = COALESCE(EXCLUDED.profile_name, c.profile_name),
             unread_count = c.unread_count + EXCLUDED.unread_count,
             last_inbound_at = GREATEST(c.last_inbound_at, EXCLUDED.last_inbound_at),
             last_message_at = GREATEST(c.last_message_at, EXCLUDED.last_message_at),
             updated_at = now()
       RETURNING 1
     ),
     -- A no-op update, not DO NOTHING: it locks the open batch until this statement's transaction
     -- commits, so the flusher (SKIP LOCKED) cannot publish it without the messages added here.
     batch AS (
       INSERT INTO pending_batches (conversation_id, village_id, due_at)
       SELECT DISTINCT conversation_id, village_id, now() + make_interval(secs => $2::double precision / 1000)
         FROM ins WHERE status = 'pending'
       ON CONFLICT (conversation_id) DO UPDATE SET due_at = pending_batches.due_at
       RETURNING 1
     )
     SELECT wamid, status FROM ins`,
    sqlJson(json),
    batchWindowMs,
  );
}

/** Queues the download of newly stored messages' media (the media worker picks them up). */
export async function insertMedia(
  tx: Tx,
  rows: {
    messageId: string;
    villageId: string;
    waMediaId: string;
    kind: string;
    mimeType?: string;
    sha256?: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO media (id, village_id, message_id, wa_media_id, kind, mime_type, expected_sha256)
     SELECT gen_random_uuid(), village_id, message_id, wa_media_id, kind, mime_type, sha256
       FROM jsonb_to_recordset($1::jsonb) AS x(message_id uuid, village_id text, wa_media_id text, kind text,
            mime_type text, sha256 text)
     ON CONFLICT (message_id) DO NOTHING`,
    sqlJson(
      rows.map((r) => ({
        message_id: r.messageId,
        village_id: r.villageId,
        wa_media_id: r.waMediaId,
        kind: r.kind,
        mime_type: r.mimeType ?? null,
        sha256: r.sha256 ?? null,
      })),
    ),
  );
}
