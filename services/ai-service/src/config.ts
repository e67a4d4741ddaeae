// The ai service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';
import { z } from 'zod';

export const SERVICE_NAME = 'ai-service';

export const aiConfigShape = {
  ...hostConfigShape({ port: 3002, database: 'gc_ai' }),
  NLU_ENGINE: z
    .enum(['local'])
    .default('local')
    .describe('NLU engine: local (offline classifier and rules; the only engine built so far)'),
  NLU_MIN_CONFIDENCE: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe('below this classifier probability a message is out of scope (UNKNOWN)'),
  KNOWLEDGE_MIN_SIMILARITY: z.coerce
    .number()
    .min(-1)
    .max(1)
    .default(0.2)
    .describe('relevance floor: knowledge chunks less cosine-similar to the query are not returned'),
  KNOWLEDGE_CANDIDATES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(40)
    .describe('how many chunks each of vector and full-text search proposes before fusion'),
};

export function loadAiConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, aiConfigShape, env);
}

export type AiConfig = ReturnType<typeof loadAiConfig>;
