// GET /internal/analytics: a village's conversation figures over a period, from the turns recorded
// as they were handled.
import type { AiDeps } from '../deps.ts';
import { intentCounts, turnTotals } from '../repositories/conversation-turn.repository.ts';

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1e4) / 1e4);

export async function getAnalytics(
  deps: Pick<AiDeps, 'db'>,
  input: { villageId: string; from: Date; to: Date },
) {
  const [totals, intents] = await Promise.all([
    turnTotals(deps.db, input.villageId, input.from, input.to),
    intentCounts(deps.db, input.villageId, input.from, input.to),
  ]);
  return {
    villageId: input.villageId,
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    messagesHandled: totals.messages,
    turns: totals.turns,
    conversations: totals.conversations,
    intents,
    botResolved: totals.resolvedByBot,
    botResolvedShare: ratio(totals.resolvedByBot, totals.turns),
    handoffs: totals.handoffs,
    fallbacks: totals.fallbacks,
    averageConfidence: totals.avgConfidence === null ? null : Math.round(totals.avgConfidence * 1e4) / 1e4,
    retrieval: {
      questions: totals.retrievalAttempts,
      answered: totals.retrievalHits,
      hitRate: ratio(totals.retrievalHits, totals.retrievalAttempts),
    },
    latencyMs: { p50: totals.p50Ms, p95: totals.p95Ms },
  };
}
