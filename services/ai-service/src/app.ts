// Assembles the ai service on the shared host: database, broker, HTTP, the NLU engine (trained
// here, at start) and the embedding model.
import { startService, type ServiceDeps, type StartServiceOptions } from '@govconnect/service-host';
import { requireInternalKey } from '@govconnect/service-kit';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAME, type AiConfig } from './config.ts';
import { startConsumers } from './consumers/ai.consumers.ts';
import { createCaseClient } from './conversation/case-client.ts';
import type { ConversationDeps } from './conversation/conversation-deps.ts';
import { createEmbeddingModel } from './knowledge/create-embedding-model.ts';
import { createNluEngine } from './nlu/create-nlu-engine.ts';
import { LocalNlu } from './nlu/local/local-nlu.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';
import { documentRoutes } from './routes/documents.routes.ts';
import { conversationRoutes } from './routes/conversation.routes.ts';
import { knowledgeRoutes } from './routes/knowledge.routes.ts';
import { nluRoutes } from './routes/nlu.routes.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export function startAiService(config: AiConfig, overrides: Partial<StartServiceOptions<Db>> = {}) {
  const local = LocalNlu.train(undefined, { minConfidence: config.NLU_MIN_CONFIDENCE });
  // One set of deps for the consumers and the routes (the host calls consumers first).
  let shared: ConversationDeps | undefined;
  const depsOf = (host: ServiceDeps<Db>): ConversationDeps =>
    (shared ??= {
      ...host,
      config,
      nlu: createNluEngine(config, host, local),
      embeddings: createEmbeddingModel(config, host),
      cases: createCaseClient({
        baseURL: config.CASE_SERVICE_URL,
        apiKey: config.INTERNAL_API_KEY,
        logger: host.logger,
        timeoutMs: config.CASE_SERVICE_TIMEOUT_MS,
        retries: config.CASE_SERVICE_RETRIES,
      }),
    });
  return startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: createPrismaClient,
    // Our own relay, kicked after each consumed turn commits (messaging.close() stops it).
    outboxRelay: false,
    consumers: async (host) => {
      const relay = host.messaging.createOutboxRelay({ db: host.db });
      relay.start();
      await startConsumers(depsOf(host), () => relay.kick());
    },
    routes: (app, host) => {
      const deps = depsOf(host);
      app.use(
        '/internal',
        requireInternalKey(config.INTERNAL_API_KEY),
        nluRoutes(deps),
        knowledgeRoutes(deps),
        documentRoutes(deps),
        conversationRoutes(deps),
      );
    },
    ...overrides,
  });
}
