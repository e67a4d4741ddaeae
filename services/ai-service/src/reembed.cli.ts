// Re-embeds the knowledge base with the configured embedding model (EMBEDDING_MODEL / GEMINI_API_KEY):
//   npx tsx src/reembed.cli.ts [--from <model id>] [--batch <size>]
// Every chunk not yet of that model (or only those of --from) is re-embedded in batches, each
// committed on its own: after a failure, run it again and it resumes. Search only compares chunks of
// the configured model, so run it when switching models.
import { createLogger, createMetrics } from '@govconnect/service-kit';
import { parseArgs } from 'node:util';
import { loadAiConfig, SERVICE_NAME } from './config.ts';
import { createEmbeddingModel } from './knowledge/create-embedding-model.ts';
import { createPrismaClient } from './repositories/prisma-client.ts';
import { reembedChunks } from './use-cases/reembed-chunks.ts';

const { values } = parseArgs({
  options: { from: { type: 'string' }, batch: { type: 'string', default: '100' } },
});
const batchSize = Number(values.batch);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
  console.error('reembed: --batch must be an integer from 1 to 1000');
  process.exit(2);
}

const config = loadAiConfig();
const logger = createLogger({ service: SERVICE_NAME, level: config.LOG_LEVEL });
const embeddings = createEmbeddingModel(config, {
  logger,
  metrics: createMetrics({ service: SERVICE_NAME, defaultMetrics: false }),
});
const db = createPrismaClient(config.DATABASE_URL);
try {
  const { reembedded, model } = await reembedChunks(
    { db, embeddings },
    {
      fromModel: values.from,
      batchSize,
      onBatch: ({ done, total }) => console.log(`reembed: ${done}/${total} chunks now ${embeddings.id}`),
    },
  );
  console.log(`reembed: done, ${reembedded} chunks re-embedded with ${model}`);
} catch (err) {
  console.error(
    `reembed: stopped (${err instanceof Error ? err.message : String(err)}); run it again to resume`,
  );
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
