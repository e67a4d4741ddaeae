// Gemini first, the local engine when Gemini fails, is slow or its breaker is open: every fallback
// is counted in ai_nlu_fallback_total{reason} and logged once (never with the citizen's text).
import { Counter, type Logger, type Registry } from '@govconnect/service-kit';
import type { NluEngine, NluResult } from '../nlu-engine.ts';
import { toGeminiError } from './gemini-call.ts';

export class FallbackNlu implements NluEngine {
  readonly name: string;
  private readonly fallbacks: Counter<'reason'>;

  constructor(
    private readonly primary: NluEngine,
    private readonly fallback: NluEngine,
    private readonly deps: { logger: Logger; registry: Registry },
  ) {
    this.name = primary.name;
    this.fallbacks = new Counter({
      name: 'ai_nlu_fallback_total',
      help: 'NLU answers given by the local engine because Gemini failed, by reason',
      labelNames: ['reason'],
      registers: [deps.registry],
    });
  }

  async understand(text: string, context?: { villageId?: string }): Promise<NluResult> {
    try {
      return await this.primary.understand(text, context);
    } catch (err) {
      const failure = toGeminiError(err);
      this.fallbacks.inc({ reason: failure.reason });
      this.deps.logger.warn('nlu fell back to the local engine', {
        reason: failure.reason,
        status: failure.status,
        error: failure.message,
        villageId: context?.villageId,
      });
      return this.fallback.understand(text, context);
    }
  }
}
