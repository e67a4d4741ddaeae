// Reads for the dashboard: conversations by village with filters and search, a conversation's
// messages; both with keyset (cursor) pagination, newest first, never truncated silently.
import type { Db } from './prisma-client.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const encode = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at: date, id };
}

/** The newest message of a conversation, for the list's preview; text is null for media, locations and the like. */
export interface LastMessage {
  direction: 'inbound' | 'outbound';
  type: string;
  text: string | null;
  sentAt: Date;
  /** Outbound: the staff member who sent it; both null for the bot (and for inbound messages). */
  adminId: string | null;
  adminName: string | null;
  /** Outbound without a staff member: 'notification', or null for the bot. */
  origin: string | null;
}

export interface ConversationRow {
  id: string;
  villageId: string;
  waId: string;
  profileName: string | null;
  status: string;
  unreadCount: number;
  lastInboundAt: Date | null;
  lastMessageAt: Date | null;
  handoffReason: string | null;
  takeoverAdminId: string | null;
  takeoverAdminName: string | null;
  /** The sort key of the list (last_message_at, or created_at without messages). */
  sortAt: Date;
  lastMessage: LastMessage | null;
}

type ListRow = Omit<ConversationRow, 'lastMessage'> & {
  lmDirection: LastMessage['direction'] | null;
  lmType: string | null;
  lmText: string | null;
  lmSentAt: Date | null;
  lmAdminId: string | null;
  lmAdminName: string | null;
  lmOrigin: string | null;
};

function toConversation(row: ListRow): ConversationRow {
  const { lmDirection, lmType, lmText, lmSentAt, lmAdminId, lmAdminName, lmOrigin, ...rest } = row;
  return {
    ...rest,
    lastMessage:
      lmDirection && lmType && lmSentAt
        ? {
            direction: lmDirection,
            type: lmType,
            text: lmText,
            sentAt: lmSentAt,
            adminId: lmAdminId,
            adminName: lmAdminName,
            origin: lmOrigin,
          }
        : null,
  };
}

export function createReadRepository(db: Db) {
  return {
    async conversations(q: {
      villageId: string;
      status?: string;
      unread?: boolean;
      search?: string;
      after?: { at: Date; id: string };
      limit: number;
    }): Promise<Page<ConversationRow>> {
      // The page is cut first, then each of its rows gets its newest message: one backward step on
      // messages (conversation_id, sent_at, id) per row shown, never one per conversation of the village.
      const rows = await db.$queryRawUnsafe<ListRow[]>(
        `SELECT p.*, lm.direction AS "lmDirection", lm.type AS "lmType", lm.text AS "lmText",
                lm.sent_at AS "lmSentAt", lm.admin_id AS "lmAdminId", lm.admin_name AS "lmAdminName",
                lm.origin AS "lmOrigin"
           FROM (SELECT id::text AS id, village_id AS "villageId", wa_id AS "waId", profile_name AS "profileName",
                        status::text AS status, unread_count AS "unreadCount", last_inbound_at AS "lastInboundAt",
                        last_message_at AS "lastMessageAt", handoff_reason AS "handoffReason",
                        takeover_admin_id AS "takeoverAdminId", takeover_admin_name AS "takeoverAdminName",
                        COALESCE(last_message_at, created_at) AS "sortAt"
                   FROM conversations
                  WHERE village_id = $1
                    AND ($2::text IS NULL OR status::text = $2)
                    AND (NOT $3::boolean OR unread_count > 0)
                    AND ($4::text IS NULL OR profile_name ILIKE '%' || $4 || '%' OR wa_id LIKE '%' || $4 || '%')
                    AND ($5::timestamptz IS NULL OR (COALESCE(last_message_at, created_at), id) < ($5::timestamptz, $6::uuid))
                  ORDER BY COALESCE(last_message_at, created_at) DESC, id DESC
                  LIMIT $7) p
           LEFT JOIN LATERAL (
                 SELECT m.direction, m.type, m.text, m.sent_at, m.admin_id, m.admin_name, m.origin
                   FROM messages m
                  WHERE m.conversation_id = p.id::uuid
                  ORDER BY m.sent_at DESC, m.id DESC
                  LIMIT 1) lm ON true
          ORDER BY p."sortAt" DESC, p.id DESC`,
        q.villageId,
        q.status ?? null,
        q.unread ?? false,
        q.search ?? null,
        q.after?.at ?? null,
        q.after?.id ?? null,
        q.limit + 1,
      );
      const result = page(rows, q.limit, (r) => encode(r.sortAt, r.id));
      return { ...result, items: result.items.map(toConversation) };
    },

    async messages(q: { conversationId: string; after?: { at: Date; id: string }; limit: number }) {
      const rows = await db.message.findMany({
        where: {
          conversationId: q.conversationId,
          ...(q.after
            ? { OR: [{ sentAt: { lt: q.after.at } }, { sentAt: q.after.at, id: { lt: q.after.id } }] }
            : {}),
        },
        orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
        take: q.limit + 1,
        select: {
          id: true,
          conversationId: true,
          wamid: true,
          direction: true,
          type: true,
          text: true,
          contextId: true,
          forwarded: true,
          status: true,
          errorCode: true,
          errorTitle: true,
          adminId: true,
          adminName: true,
          origin: true,
          sentAt: true,
          content: true,
          media: {
            select: {
              id: true,
              kind: true,
              status: true,
              mimeType: true,
              sizeBytes: true,
              attempts: true,
              lastError: true,
            },
          },
        },
      });
      return page(rows, q.limit, (r) => encode(r.sentAt, r.id));
    },
  };
}

function page<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(items[items.length - 1]!) : null };
}
