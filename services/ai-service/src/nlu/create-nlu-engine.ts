// Chooses the NLU engine from config: `local` (the default, offline), or `gemini` (NLU_ENGINE=gemini,
// or any time GEMINI_API_KEY is set) wrapped so that the local engine answers whenever Gemini fails.
import type { Logger, Metrics } from '@govconnect/service-kit';
import { nluEngineName, type AiConfig } from '../config.ts';
import { FallbackNlu } from './gemini/fallback-nlu.ts';
import { createGeminiClient } from './gemini/gemini-call.ts';
import { GeminiNlu } from './gemini/gemini-nlu.ts';
import { geminiBreaker, geminiCallOptions } from './gemini/gemini-resilience.ts';
import type { LocalNlu } from './local/local-nlu.ts';
import type { NluEngine } from './nlu-engine.ts';

export function createNluEngine(
  config: AiConfig,
  host: { logger: Logger; metrics: Metrics },
  local: LocalNlu,
): NluEngine {
  if (nluEngineName(config) === 'local' || !config.GEMINI_API_KEY) return local;
  const deps = { logger: host.logger, registry: host.metrics.registry };
  const gemini = new GeminiNlu(createGeminiClient(config.GEMINI_API_KEY, config.GEMINI_BASE_URL), {
    model: config.GEMINI_MODEL,
    call: geminiCallOptions(config),
    breaker: geminiBreaker('nlu', config, deps),
  });
  return new FallbackNlu(gemini, local, deps);
}
