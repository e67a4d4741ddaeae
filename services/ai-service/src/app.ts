// Assembles the ai service on the shared host: database, broker, HTTP, the NLU engine (trained
// here, at start) and the embedding model.
import { startService, type StartServiceOptions } from '@govconnect/service-host';
import { requireInternalKey } from '@govconnect/service-kit';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAME, type AiConfig } from './config.ts';
import type { AiDeps } from './deps.ts';
import { localEmbeddingModel } from './knowledge/local-embedding.ts';
import { LocalNlu } from './nlu/local/local-nlu.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';
import { knowledgeRoutes } from './routes/knowledge.routes.ts';
import { nluRoutes } from './routes/nlu.routes.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export function startAiService(config: AiConfig, overrides: Partial<StartServiceOptions<Db>> = {}) {
  const nlu = LocalNlu.train(undefined, { minConfidence: config.NLU_MIN_CONFIDENCE });
  return startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: createPrismaClient,
    routes: (app, host) => {
      const deps: AiDeps = { ...host, config, nlu, embeddings: localEmbeddingModel };
      app.use(
        '/internal',
        requireInternalKey(config.INTERNAL_API_KEY),
        nluRoutes(deps),
        knowledgeRoutes(deps),
      );
    },
    ...overrides,
  });
}
