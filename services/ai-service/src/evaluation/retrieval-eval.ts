// Retrieval quality and speed: the Disdukcapil FAQ's answers loaded as knowledge entries, every
// knowledge question asked (and the development questions on the demo knowledge base); then 100,000
// filler chunks loaded and the questions asked again, timed.
import { applyMigrations, createTestDatabase } from '@govconnect/db-migrate';
import pg from 'pg';
import { SCHEMA_PATH } from '../app.ts';
import type { AiConfig } from '../config.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { localEmbed, localEmbeddingModel } from '../knowledge/local-embedding.ts';
import { indexableText } from '../knowledge/normalisation.ts';
import { createPrismaClient, type Db } from '../repositories/prisma-client.ts';
import { createKnowledgeEntry } from '../use-cases/save-knowledge-entry.ts';
import { demoKnowledge } from '../use-cases/seed-demo-knowledge.ts';
import { fillerChunks, type FillerChunk } from './filler.ts';
import {
  ask,
  devQuestions,
  faqQuestions,
  REGISTRY_DEV,
  REGISTRY_DEV_2,
  unanswerableQuestions,
} from './retrieval-questions.ts';
import { readFaq } from './testdata.ts';

const VILLAGE = 'desa-eval';
const DEV_VILLAGE = 'desa-dev';
/** A village of the filler (475 chunks of its own at 100,000): the latency of a fuller village. */
const FILLER_VILLAGE = 'desa-filler-7';

export async function loadFiller(url: string, count: number, globalShare: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    // Bulk load without the HNSW indexes, then rebuild them exactly as the migrations define them.
    const { rows: hnsw } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'knowledge_chunks' AND indexdef ILIKE '%USING hnsw%'`,
    );
    for (const i of hnsw) await client.query(`DROP INDEX "${i.indexname}"`);
    const batch: FillerChunk[] = [];
    const flush = async () => {
      const values: unknown[] = [];
      const rows = batch.map((c, i) => {
        const b = i * 6;
        values.push(
          c.villageId,
          c.title,
          c.content,
          toVectorLiteral(localEmbed(`${c.title}\n${c.content}`)),
          indexableText(c.title),
          indexableText(c.content),
        );
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
      });
      await client.query(
        `WITH input(village_id, title, content, embedding, title_words, content_words) AS (VALUES ${rows.join(',')}),
         entries AS (
           INSERT INTO knowledge_entries (id, village_id, title, content, source, updated_at)
           SELECT gen_random_uuid(), village_id, title, content, 'eval-filler', now() FROM input
           RETURNING id, village_id, title, content)
         INSERT INTO knowledge_chunks (id, entry_id, village_id, position, content, embedding_model, embedding, search_text)
         SELECT gen_random_uuid(), e.id, e.village_id, 0, e.content, '${localEmbeddingModel.id}', i.embedding::vector,
                setweight(to_tsvector('indonesian', i.title_words), 'A') || to_tsvector('indonesian', i.content_words)
         FROM entries e JOIN input i ON i.title = e.title`,
        values,
      );
      batch.length = 0;
    };
    for (const chunk of fillerChunks(count, globalShare)) {
      batch.push(chunk);
      if (batch.length === 1000) await flush();
    }
    if (batch.length) await flush();
    await client.query(`SET maintenance_work_mem = '1GB'`);
    for (const i of hnsw) await client.query(i.indexdef);
    // The steady state of a live table: autovacuum has run (visibility map set, statistics fresh).
    for (const table of ['knowledge_chunks', 'knowledge_global_postings', 'knowledge_entries'])
      await client.query(`VACUUM ANALYZE ${table}`);
  } finally {
    await client.end();
  }
  return Math.round((performance.now() - started) / 1000);
}

export async function evaluateRetrieval(config: AiConfig, fillerCount: number, globalShare: number) {
  const faq = readFaq();
  if (!faq) return undefined;
  const database = await createTestDatabase('ai_eval');
  let db: Db | undefined;
  try {
    await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA_PATH });
    db = createPrismaClient(database.url);
    const deps = { db, embeddings: localEmbeddingModel, config };
    const entryTag = new Map<string, string>();
    for (const t of faq.filter((t) => t.responses.some((r) => r.trim()))) {
      const entry = await createKnowledgeEntry(deps, {
        title: t.tag.replaceAll('_', ' '),
        content: t.responses.join('\n'),
        villageId: VILLAGE,
      });
      entryTag.set(entry.id, t.tag);
    }
    for (const e of demoKnowledge()) {
      const entry = await createKnowledgeEntry(deps, { ...e, villageId: DEV_VILLAGE });
      entryTag.set(entry.id, e.title);
    }
    const questions = faqQuestions(faq);
    const dev = devQuestions();
    const registryDev = devQuestions(REGISTRY_DEV);
    const small = await ask(deps, VILLAGE, questions, entryTag);
    const devSmall = await ask(deps, DEV_VILLAGE, dev, entryTag);
    const registrySmall = await ask(deps, VILLAGE, registryDev, entryTag);
    const registryDev2 = devQuestions(REGISTRY_DEV_2);
    const registry2Small = await ask(deps, VILLAGE, registryDev2, entryTag);
    // The bot should answer none of these: `answered` is the share it answers anyway.
    const unanswerable = unanswerableQuestions();
    const unanswerableDemo = await ask(deps, DEV_VILLAGE, unanswerable, entryTag);
    const unanswerableRegistry = await ask(deps, VILLAGE, unanswerable, entryTag);
    const loadSeconds = await loadFiller(database.url, fillerCount, globalShare);
    await ask(deps, VILLAGE, questions, entryTag); // warm-up: caches and the prepared statement
    const large = await ask(deps, VILLAGE, questions, entryTag);
    const devLarge = await ask(deps, DEV_VILLAGE, dev, entryTag);
    const registryLarge = await ask(deps, VILLAGE, registryDev, entryTag);
    const registry2Large = await ask(deps, VILLAGE, registryDev2, entryTag);
    const { p50Ms, p95Ms } = await ask(deps, FILLER_VILLAGE, questions, entryTag);
    return {
      entries: entryTag.size,
      questions: questions.length,
      withFaqOnly: small,
      fillerChunks: fillerCount,
      fillerGlobalShare: globalShare,
      loadSeconds,
      atScale: large,
      fillerVillageLatency: { villageId: FILLER_VILLAGE, p50Ms, p95Ms },
      dev: { questions: dev.length, alone: devSmall, atScale: devLarge },
      registryDev: { questions: registryDev.length, alone: registrySmall, atScale: registryLarge },
      registryDev2: {
        questions: registryDev2.length,
        alone: registry2Small,
        atScale: registry2Large,
      },
      unanswerable: {
        questions: unanswerable.length,
        answeredDemo: unanswerableDemo.answered,
        answeredRegistry: unanswerableRegistry.answered,
      },
    };
  } finally {
    await db?.$disconnect();
    await database.drop();
  }
}
