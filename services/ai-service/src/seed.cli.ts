// `npm start` runs this after the service reports ready (its migrations are applied): it seeds the
// demo knowledge base of Desa Sukamaju. Safe to run again.
import { loadAiConfig } from './config.ts';
import { localEmbeddingModel } from './knowledge/local-embedding.ts';
import { createPrismaClient } from './repositories/prisma-client.ts';
import { DEMO_VILLAGE_ID, seedDemoKnowledge } from './use-cases/seed-demo-knowledge.ts';

const config = loadAiConfig();
const db = createPrismaClient(config.DATABASE_URL);
try {
  const count = await seedDemoKnowledge({ db, embeddings: localEmbeddingModel });
  console.log(`seed: ${count} knowledge entries for ${DEMO_VILLAGE_ID}`);
} finally {
  await db.$disconnect();
}
