// Outbound messages: a row claimed before the Graph call (unique per causing event, so a reply is
// sent at most once), then its wamid or Meta's error; status webhooks move it forward afterwards.
import type { Db } from './prisma-client.ts';

export interface OutboundRow {
  id: string;
  conversationId: string;
  wamid: string | null;
  type: string;
  text: string | null;
  status: string;
  errorCode: number | null;
  errorTitle: string | null;
  sentAt: Date;
}

const SELECT = {
  id: true,
  conversationId: true,
  wamid: true,
  type: true,
  text: true,
  status: true,
  errorCode: true,
  errorTitle: true,
  sentAt: true,
} as const;

export function createOutboundRepository(db: Db) {
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
    }): Promise<{ created: boolean; row: OutboundRow }> {
      if (row.sourceEventId) {
        const existing = await db.message.findUnique({
          where: { sourceEventId: row.sourceEventId },
          select: SELECT,
        });
        if (existing) return { created: false, row: existing };
      }
      try {
        const created = await db.message.create({
          data: {
            id: crypto.randomUUID(),
            villageId: row.villageId,
            conversationId: row.conversationId,
            direction: 'outbound',
            type: row.type,
            text: row.text ?? null,
            content: row.content,
            status: row.status ?? 'pending',
            errorCode: row.errorCode ?? null,
            errorTitle: row.errorTitle ?? null,
            sourceEventId: row.sourceEventId ?? null,
            sentAt: new Date(),
          },
          select: SELECT,
        });
        await db.conversation.update({
          where: { id: row.conversationId },
          data: { lastMessageAt: created.sentAt, updatedAt: new Date() },
        });
        return { created: true, row: created };
      } catch (err) {
        // Two deliveries of one event racing: the loser finds the winner's row.
        if ((err as { code?: string }).code === 'P2002' && row.sourceEventId) {
          const existing = await db.message.findUniqueOrThrow({
            where: { sourceEventId: row.sourceEventId },
            select: SELECT,
          });
          return { created: false, row: existing };
        }
        throw err;
      }
    },

    /** Stores the wamid Meta gave, then applies any status webhook that arrived before it. */
    async accepted(id: string, wamid: string): Promise<OutboundRow> {
      await db.$executeRawUnsafe(
        `UPDATE messages m SET wamid = $2, updated_at = now(),
                status = COALESCE((SELECT e.status FROM message_status_events e WHERE e.wamid = $2
                  AND e.status IN ('sent','delivered','read','failed')
                  ORDER BY CASE e.status WHEN 'failed' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' THEN 2 ELSE 1 END DESC
                  LIMIT 1), m.status),
                error_code = (SELECT e.error_code FROM message_status_events e WHERE e.wamid = $2 AND e.status = 'failed')
          WHERE m.id = $1::uuid`,
        id,
        wamid,
      );
      return db.message.findUniqueOrThrow({ where: { id }, select: SELECT });
    },

    async failed(id: string, errorCode: number | undefined, errorTitle: string): Promise<OutboundRow> {
      return db.message.update({
        where: { id },
        data: { status: 'failed', errorCode: errorCode ?? null, errorTitle, updatedAt: new Date() },
        select: SELECT,
      });
    },
  };
}
