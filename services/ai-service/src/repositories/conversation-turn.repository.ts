// Handled turns (conversation_turns) and the analytics read from them.
import type { Db } from './prisma-client.ts';

export interface TurnRecord {
  villageId: string;
  conversationId: string;
  eventId?: string;
  messages: number;
  intent: string;
  confidence: number;
  outcome: string;
  resolvedByBot: boolean;
  handoff: boolean;
  retrievalAttempted: boolean;
  retrievalHit: boolean;
  latencyMs: number;
}

const TURN_COLUMNS = `id, village_id, conversation_id, event_id, messages, intent, confidence, outcome,
  resolved_by_bot, handoff, retrieval_attempted, retrieval_hit, latency_ms`;

/**
 * The INSERT of a turn record whose 13 values start at parameter $first (see turnValues): raw SQL, so a
 * turn's transaction can write it in the statement that saves the dialogue (see saveTurn).
 */
export function insertTurnSql(first: number): string {
  const casts = ['::uuid', '', '', '::uuid', '', '', '', '', '', '', '', '', ''];
  const params = casts.map((cast, i) => `$${first + i}${cast}`).join(', ');
  return `INSERT INTO conversation_turns (${TURN_COLUMNS}) VALUES (${params})`;
}

export function turnValues(turn: TurnRecord): unknown[] {
  return [
    crypto.randomUUID(),
    turn.villageId,
    turn.conversationId,
    turn.eventId ?? null,
    turn.messages,
    turn.intent,
    turn.confidence,
    turn.outcome,
    turn.resolvedByBot,
    turn.handoff,
    turn.retrievalAttempted,
    turn.retrievalHit,
    turn.latencyMs,
  ];
}

export interface TurnTotals {
  turns: number;
  messages: number;
  conversations: number;
  resolvedByBot: number;
  handoffs: number;
  fallbacks: number;
  avgConfidence: number | null;
  retrievalAttempts: number;
  retrievalHits: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export async function turnTotals(db: Db, villageId: string, from: Date, to: Date): Promise<TurnTotals> {
  const [row] = await db.$queryRawUnsafe<Record<string, number | string | null>[]>(
    `SELECT count(*)::int AS turns,
            COALESCE(sum(messages), 0)::int AS messages,
            count(DISTINCT conversation_id)::int AS conversations,
            count(*) FILTER (WHERE resolved_by_bot)::int AS resolved,
            count(*) FILTER (WHERE handoff)::int AS handoffs,
            count(*) FILTER (WHERE intent = 'UNKNOWN')::int AS fallbacks,
            avg(confidence)::float8 AS avg_confidence,
            count(*) FILTER (WHERE retrieval_attempted)::int AS retrieval_attempts,
            count(*) FILTER (WHERE retrieval_hit)::int AS retrieval_hits,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)::float8 AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)::float8 AS p95
       FROM conversation_turns
      WHERE village_id = $1 AND created_at >= $2 AND created_at < $3`,
    villageId,
    from,
    to,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    turns: Number(row!.turns),
    messages: Number(row!.messages),
    conversations: Number(row!.conversations),
    resolvedByBot: Number(row!.resolved),
    handoffs: Number(row!.handoffs),
    fallbacks: Number(row!.fallbacks),
    avgConfidence: num(row!.avg_confidence),
    retrievalAttempts: Number(row!.retrieval_attempts),
    retrievalHits: Number(row!.retrieval_hits),
    p50Ms: num(row!.p50),
    p95Ms: num(row!.p95),
  };
}

export async function intentCounts(db: Db, villageId: string, from: Date, to: Date) {
  const rows = await db.$queryRawUnsafe<{ intent: string; n: number }[]>(
    `SELECT intent, count(*)::int AS n FROM conversation_turns
      WHERE village_id = $1 AND created_at >= $2 AND created_at < $3
      GROUP BY intent ORDER BY n DESC`,
    villageId,
    from,
    to,
  );
  return Object.fromEntries(rows.map((r) => [r.intent, Number(r.n)]));
}
