// Staff response time for the dashboard's Analitik, measured from the messages themselves.
//
// Definition: a staff reply is an outbound message with admin_id set, sent in [from, to). It waits
// since the earliest inbound message of its conversation that no outbound message (the bot's or
// staff's) answered before it, that is the first inbound after the previous outbound message; its
// response time runs from there to the reply. A reply with no such waiting message (a second bubble,
// or a message the citizen did not ask for) is not counted. Failed outbound messages never reached
// the citizen, so they neither answer nor count; reactions, edits, revokes and system notices are not
// something to answer, so they never start a wait. Answered inbound = the waiting messages the
// counted replies answered.
//
// Times are our own (created_at: when an inbound message was received, when a reply was sent), not
// Meta's timestamps, which are whole seconds: a citizen's message and the bot's reply of the same
// second would otherwise sort in the wrong order, and a wait would be answered by a reply sent
// before it began.
//
// In SQL: each message gets the number of outbound messages before it in its conversation
// (`answers_before`); the messages sharing that number are one turn: the inbound messages after an
// outbound one, then the outbound that answers them. Only conversations with a message since `from`
// are read (conversations.last_message_at, kept as the newest message's time by intake and the send
// path), through the (village_id, last_message_at) index and the messages of each conversation.
import type { Db } from './prisma-client.ts';

export interface StaffResponseFigures {
  staffReplies: number;
  answeredInbound: number;
  medianResponseSeconds: number | null;
  p90ResponseSeconds: number | null;
}

const NOT_WAITING_TYPES = ['reaction', 'edit', 'revoke', 'system'];

const STAFF_RESPONSE = `
WITH timeline AS (
  SELECT m.conversation_id, m.direction, m.admin_id, m.created_at AS at,
         count(*) FILTER (WHERE m.direction = 'outbound') OVER (
           PARTITION BY m.conversation_id ORDER BY m.created_at, m.id
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS answers_before
    FROM conversations c
    JOIN messages m ON m.conversation_id = c.id
   WHERE c.village_id = $1
     AND c.last_message_at >= $2
     AND m.created_at < $3
     AND NOT (m.direction = 'outbound' AND m.status = 'failed')
     AND NOT (m.direction = 'inbound' AND m.type = ANY($4::text[]))
), turns AS (
  SELECT direction, admin_id, at,
         min(at) FILTER (WHERE direction = 'inbound') OVER turn AS waiting_since,
         count(*) FILTER (WHERE direction = 'inbound') OVER turn AS waiting
    FROM timeline
  WINDOW turn AS (PARTITION BY conversation_id, answers_before)
), replies AS (
  SELECT extract(epoch FROM at - waiting_since)::float8 AS seconds, waiting
    FROM turns
   WHERE direction = 'outbound' AND admin_id IS NOT NULL AND waiting_since IS NOT NULL AND at >= $2
)
SELECT count(*)::int AS "staffReplies",
       COALESCE(sum(waiting), 0)::int AS "answeredInbound",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds)::numeric, 1)::float8 AS "medianResponseSeconds",
       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds)::numeric, 1)::float8 AS "p90ResponseSeconds"
  FROM replies`;

export async function staffResponseFigures(
  db: Db,
  q: { villageId: string; from: Date; to: Date },
): Promise<StaffResponseFigures> {
  const [row] = await db.$queryRawUnsafe<StaffResponseFigures[]>(
    STAFF_RESPONSE,
    q.villageId,
    q.from,
    q.to,
    NOT_WAITING_TYPES,
  );
  return row!;
}
