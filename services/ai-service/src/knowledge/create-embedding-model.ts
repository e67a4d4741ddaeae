// Chooses the embedding model from config: Gemini when EMBEDDING_MODEL=gemini or a key is set, the
// offline local hashed embedding otherwise. Chunks record the model's id, so search never mixes the two.
import type { Logger, Metrics } from '@govconnect/service-kit';
import { embeddingKind, type AiConfig } from '../config.ts';
import { createGeminiClient } from '../nlu/gemini/gemini-call.ts';
import { geminiBreaker, geminiCallOptions } from '../nlu/gemini/gemini-resilience.ts';
import type { EmbeddingModel } from './embedding-model.ts';
import { GeminiEmbeddingModel } from './gemini-embedding.ts';
import { localEmbeddingModel } from './local-embedding.ts';

export function createEmbeddingModel(
  config: AiConfig,
  host: { logger: Logger; metrics: Metrics },
): EmbeddingModel {
  if (embeddingKind(config) === 'local' || !config.GEMINI_API_KEY) return localEmbeddingModel;
  return new GeminiEmbeddingModel(createGeminiClient(config.GEMINI_API_KEY, config.GEMINI_BASE_URL), {
    model: config.GEMINI_EMBEDDING_MODEL,
    call: geminiCallOptions(config, config.GEMINI_EMBEDDING_TIMEOUT_MS),
    breaker: geminiBreaker('embedding', config, { logger: host.logger, registry: host.metrics.registry }),
  });
}
