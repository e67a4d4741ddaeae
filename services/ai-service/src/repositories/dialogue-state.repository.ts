// The dialogue state of each conversation (dialogue_states). A turn locks its conversation's row
// for the length of its transaction, so two replicas never interleave turns of one conversation.
import type { EventEnvelope } from '@govconnect/contracts';
import { outboxInsertFrom } from '@govconnect/messaging';
import type { Prisma } from '../generated/prisma/client.ts';
import { insertTurnSql, turnValues, type TurnRecord } from './conversation-turn.repository.ts';

export type Tx = Prisma.TransactionClient;

export interface LockedDialogue {
  state: unknown;
  takeoverBy: string | null;
}

/** Creates the row on first contact and locks it (an upsert that always takes the row lock). */
export async function lockDialogue(
  tx: Tx,
  key: { conversationId: string; villageId: string; waId?: string },
): Promise<LockedDialogue> {
  const rows = await tx.$queryRawUnsafe<{ state: unknown; takeover_by: string | null }[]>(
    `INSERT INTO dialogue_states (conversation_id, village_id, wa_id, state, updated_at)
     VALUES ($1, $2, $3, '{}'::jsonb, now())
     ON CONFLICT (conversation_id) DO UPDATE SET wa_id = COALESCE(EXCLUDED.wa_id, dialogue_states.wa_id)
     RETURNING state, takeover_by`,
    key.conversationId,
    key.villageId,
    key.waId ?? null,
  );
  return { state: rows[0]!.state, takeoverBy: rows[0]!.takeover_by };
}

export async function saveDialogue(tx: Tx, conversationId: string, state: object): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE dialogue_states SET state = $2::jsonb, turns = turns + 1, updated_at = now() WHERE conversation_id = $1`,
    conversationId,
    JSON.stringify(state),
  );
}

/**
 * The end of a turn in one statement: the new state, its outbox events (built and validated with
 * `messaging.outbox.build`, written in the order given) and the turn's record. A turn ran five
 * statements inside its transaction; each costs a round trip and Prisma's overhead.
 */
export async function saveTurn(
  tx: Tx,
  input: { conversationId: string; state: object; events: EventEnvelope[]; turn: TurnRecord },
): Promise<void> {
  await tx.$executeRawUnsafe(
    `WITH saved AS (
       UPDATE dialogue_states SET state = $2::jsonb, turns = turns + 1, updated_at = now()
        WHERE conversation_id = $1),
     events AS (SELECT e AS envelope FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n),
     published AS (${outboxInsertFrom('events')})
     ${insertTurnSql(4)}`,
    input.conversationId,
    JSON.stringify(input.state),
    JSON.stringify(input.events),
    ...turnValues(input.turn),
  );
}

/**
 * Marks a takeover started (adminId) or ended (null) as of the event's time; an older event arriving
 * late (a retried `started` after its `ended`) changes nothing.
 */
export async function setTakeover(
  tx: Tx,
  key: { conversationId: string; villageId: string },
  adminId: string | null,
  at: Date,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO dialogue_states (conversation_id, village_id, state, takeover_by, takeover_at, updated_at)
     VALUES ($1, $2, '{}'::jsonb, $3, $4, now())
     ON CONFLICT (conversation_id) DO UPDATE SET takeover_by = EXCLUDED.takeover_by,
       takeover_at = EXCLUDED.takeover_at, updated_at = now()
     WHERE dialogue_states.takeover_at IS NULL OR dialogue_states.takeover_at <= EXCLUDED.takeover_at`,
    key.conversationId,
    key.villageId,
    adminId,
    at,
  );
}
