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

export function createReadRepository(db: Db) {
  return {
    async conversations(q: {
      villageId: string;
      status?: string;
      unread?: boolean;
      search?: string;
      after?: { at: Date; id: string };
      limit: number;
    }): Promise<Page<Record<string, unknown>>> {
      const rows = await db.$queryRawUnsafe<(Record<string, unknown> & { sortAt: Date; id: string })[]>(
        `SELECT id::text AS id, village_id AS "villageId", wa_id AS "waId", profile_name AS "profileName",
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
          LIMIT $7`,
        q.villageId,
        q.status ?? null,
        q.unread ?? false,
        q.search ?? null,
        q.after?.at ?? null,
        q.after?.id ?? null,
        q.limit + 1,
      );
      return page(rows, q.limit, (r) => encode(r.sortAt, r.id));
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
