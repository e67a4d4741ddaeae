// Outbound messages: a row claimed before the Graph call (unique per causing event, so a reply is
// sent at most once), then its wamid or Meta's error; status webhooks move it forward afterwards.
// Raw SQL on the node-postgres pool: every reply runs these, and each is one statement.
import type { SqlClient } from '@govconnect/messaging';

export interface OutboundRow {
  id: string;
  conversationId: string;
  wamid: string | null;
  type: string;
  text: string | null;
  status: string;
  errorCode: number | null;
  errorTitle: string | null;
  /** The staff member who sent it; null for the bot. */
  adminId: string | null;
  adminName: string | null;
  /** Who sent it when no staff member did: 'notification', or null for the bot. */
  origin: string | null;
  sentAt: Date;
}

const COLUMNS = `id::text AS id, conversation_id::text AS "conversationId", wamid, type, text, status,
  error_code AS "errorCode", error_title AS "errorTitle", admin_id AS "adminId", admin_name AS "adminName",
  origin, sent_at AS "sentAt"`;

// The insert and the conversation's last_message_at in one statement. A row already claimed by the
// same source event makes the insert (and so the update) a no-op and the statement return nothing.
const CLAIM = `WITH claimed AS (
  INSERT INTO messages (id, village_id, conversation_id, direction, type, text, content, status,
                        error_code, error_title, source_event_id, admin_id, admin_name, origin, sent_at)
  VALUES ($1::uuid, $2, $3::uuid, 'outbound', $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, now())
  ON CONFLICT (source_event_id) DO NOTHING
  RETURNING ${COLUMNS}),
touched AS (
  UPDATE conversations c SET last_message_at = claimed."sentAt", updated_at = now()
    FROM claimed WHERE c.id = claimed."conversationId"::uuid)
SELECT * FROM claimed`;

export function createOutboundRepository(sql: SqlClient) {
  return {
    /** Inserts the row unless one exists for the same source event; `created` tells which. */
    async claim(row: {
      villageId: string;
      conversationId: string;
      type: string;
      text?: string;
      content: object;
      sourceEventId?: string;
      status?: string;
      errorCode?: number;
      errorTitle?: string;
      adminId?: string;
      adminName?: string;
      origin?: string;
    }): Promise<{ created: boolean; row: OutboundRow }> {
      const [created] = await sql.$queryRawUnsafe<OutboundRow[]>(
        CLAIM,
        crypto.randomUUID(),
        row.villageId,
        row.conversationId,
        row.type,
        row.text ?? null,
        JSON.stringify(row.content),
        row.status ?? 'pending',
        row.errorCode ?? null,
        row.errorTitle ?? null,
        row.sourceEventId ?? null,
        row.adminId ?? null,
        row.adminName ?? null,
        row.origin ?? null,
      );
      if (created) return { created: true, row: created };
      // This event was claimed before (or by a delivery racing this one, which has committed by now:
      // ON CONFLICT waited for it). A null source event never conflicts, so it cannot get here.
      const [existing] = await sql.$queryRawUnsafe<OutboundRow[]>(
        `SELECT ${COLUMNS} FROM messages WHERE source_event_id = $1`,
        row.sourceEventId,
      );
      if (!existing)
        throw new Error(`outbound message of event ${row.sourceEventId} neither claimed nor found`);
      return { created: false, row: existing };
    },

    /** Stores the wamid Meta gave, then applies any status webhook that arrived before it. */
    async accepted(id: string, wamid: string): Promise<OutboundRow> {
      const [row] = await sql.$queryRawUnsafe<OutboundRow[]>(
        `UPDATE messages m SET wamid = $2, updated_at = now(),
                status = COALESCE((SELECT e.status FROM message_status_events e WHERE e.wamid = $2
                  AND e.status IN ('sent','delivered','read','failed')
                  ORDER BY CASE e.status WHEN 'failed' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' THEN 2 ELSE 1 END DESC
                  LIMIT 1), m.status),
                error_code = (SELECT e.error_code FROM message_status_events e WHERE e.wamid = $2 AND e.status = 'failed')
          WHERE m.id = $1::uuid
          RETURNING ${COLUMNS}`,
        id,
        wamid,
      );
      if (!row) throw new Error(`outbound message ${id} vanished`);
      return row;
    },

    async failed(id: string, errorCode: number | undefined, errorTitle: string): Promise<OutboundRow> {
      const [row] = await sql.$queryRawUnsafe<OutboundRow[]>(
        `UPDATE messages SET status = 'failed', error_code = $2, error_title = $3, updated_at = now()
          WHERE id = $1::uuid RETURNING ${COLUMNS}`,
        id,
        errorCode ?? null,
        errorTitle,
      );
      if (!row) throw new Error(`outbound message ${id} vanished`);
      return row;
    },
  };
}
