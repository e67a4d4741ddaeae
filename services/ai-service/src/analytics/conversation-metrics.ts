// Prometheus metrics of the conversation, on the service's registry: the same figures as
// GET /internal/analytics, for dashboards and alerts.
import { Counter, Histogram, type Registry } from '@govconnect/service-kit';

export interface ConversationMetrics {
  observeTurn(turn: {
    villageId: string;
    intent: string;
    outcome: string;
    confidence: number;
    latencyMs: number;
    retrievalAttempted: boolean;
    retrievalHit: boolean;
    handoffReason?: string;
  }): void;
  silenced: Counter<'village_id'>;
}

const cache = new WeakMap<Registry, ConversationMetrics>();

export function conversationMetrics(registry: Registry): ConversationMetrics {
  const known = cache.get(registry);
  if (known) return known;
  const turns = new Counter({
    name: 'ai_turns_total',
    help: 'Conversation turns handled, by village, intent and outcome (answered, fallback, not_found, handoff, error)',
    labelNames: ['village_id', 'intent', 'outcome'],
    registers: [registry],
  });
  const handoffs = new Counter({
    name: 'ai_handoffs_total',
    help: 'Conversations handed to a person, by reason (citizen_asked, bot_stuck)',
    labelNames: ['village_id', 'reason'],
    registers: [registry],
  });
  const retrieval = new Counter({
    name: 'ai_retrieval_total',
    help: 'Knowledge questions, by result (hit: answered from the knowledge base, miss: nothing relevant)',
    labelNames: ['village_id', 'result'],
    registers: [registry],
  });
  const confidence = new Histogram({
    name: 'ai_nlu_confidence',
    help: 'Confidence of the intent of each turn',
    labelNames: ['village_id'],
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'ai_turn_duration_seconds',
    help: 'Time to handle one turn (understanding, retrieval, case service, state), in seconds',
    labelNames: ['village_id'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const silenced = new Counter({
    name: 'ai_turns_silenced_total',
    help: 'Turns received while staff had taken the conversation over (no reply sent)',
    labelNames: ['village_id'],
    registers: [registry],
  });
  const metrics: ConversationMetrics = {
    observeTurn(t) {
      const village = { village_id: t.villageId };
      turns.inc({ ...village, intent: t.intent, outcome: t.outcome });
      confidence.observe(village, t.confidence);
      latency.observe(village, t.latencyMs / 1000);
      if (t.retrievalAttempted) retrieval.inc({ ...village, result: t.retrievalHit ? 'hit' : 'miss' });
      if (t.handoffReason) handoffs.inc({ ...village, reason: t.handoffReason });
    },
    silenced,
  };
  cache.set(registry, metrics);
  return metrics;
}
