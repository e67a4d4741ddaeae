// Conversations on the send path: found or opened for a citizen with their 24-hour window and
// takeover state, on the node-postgres pool (one statement, no ORM: it runs for every reply).
import type { SqlClient } from '@govconnect/messaging';
import { conversationIdFor } from '../domain/conversation-id.ts';
import type { Conversation } from '../generated/prisma/client.ts';

/** A whole conversation row, as the takeover use cases read it through Prisma. */
export type ConversationRow = Conversation;

/** What sending needs of a conversation. */
export interface SendingConversation {
  id: string;
  villageId: string;
  waId: string;
  status: 'bot' | 'takeover' | 'handoff_requested';
  lastInboundAt: Date | null;
}

const COLUMNS = `id::text AS id, village_id AS "villageId", wa_id AS "waId", status::text AS status,
  last_inbound_at AS "lastInboundAt"`;

// Reads the row, or opens it when the citizen never wrote; a concurrent opener makes the insert a
// no-op and the statement return nothing (its snapshot predates that row), so the caller asks again.
const ENSURE = `WITH found AS (SELECT ${COLUMNS} FROM conversations WHERE village_id = $1 AND wa_id = $2),
opened AS (
  INSERT INTO conversations (id, village_id, wa_id) SELECT $3::uuid, $1, $2
   WHERE NOT EXISTS (SELECT 1 FROM found)
  ON CONFLICT (village_id, wa_id) DO NOTHING
  RETURNING ${COLUMNS})
SELECT * FROM found UNION ALL SELECT * FROM opened`;

export function createConversationRepository(sql: SqlClient) {
  return {
    /** The citizen's conversation in the village, opened if they never wrote. */
    async ensure(villageId: string, waId: string): Promise<SendingConversation> {
      const id = conversationIdFor(villageId, waId);
      for (let attempt = 0; ; attempt++) {
        const [row] = await sql.$queryRawUnsafe<SendingConversation[]>(ENSURE, villageId, waId, id);
        if (row) return row;
        if (attempt >= 2) throw new Error(`conversation ${id} could neither be read nor opened`);
      }
    },

    async touchTakeover(id: string): Promise<void> {
      await sql.$executeRawUnsafe(
        `UPDATE conversations SET takeover_activity_at = now() WHERE id = $1::uuid AND status = 'takeover'`,
        id,
      );
    },
  };
}
