// Retrieval quality and speed: the Disdukcapil FAQ's answers loaded as knowledge entries, every
// knowledge question asked; then 100,000 filler chunks loaded and the questions asked again, timed.
import { applyMigrations, createTestDatabase } from '@govconnect/db-migrate';
import pg from 'pg';
import { SCHEMA_PATH } from '../app.ts';
import type { AiConfig } from '../config.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { localEmbed, localEmbeddingModel } from '../knowledge/local-embedding.ts';
import { createPrismaClient, type Db } from '../repositories/prisma-client.ts';
import { createKnowledgeEntry } from '../use-cases/save-knowledge-entry.ts';
import { searchKnowledge } from '../use-cases/search-knowledge.ts';
import { fillerChunks } from './filler.ts';
import { percentile, rankingReport } from './metrics.ts';
import { faqIntent, readFaq, rightTags, type FaqTag } from './testdata.ts';

const VILLAGE = 'desa-eval';

async function ask(
  deps: Parameters<typeof searchKnowledge>[0],
  questions: { q: string; right: Set<string> }[],
  entryTag: Map<string, string>,
) {
  const runs = [];
  const misses: { question: string; right: string[]; top3: string[] }[] = [];
  const latencies: number[] = [];
  for (const { q, right } of questions) {
    const started = performance.now();
    const results = await searchKnowledge(deps, { query: q, villageId: VILLAGE, topK: 10 });
    latencies.push(performance.now() - started);
    const ranked = [...new Set(results.map((r) => entryTag.get(r.source.entryId) ?? 'filler'))];
    runs.push({ ranked, right });
    if (!ranked.slice(0, 3).some((t) => right.has(t)))
      misses.push({ question: q, right: [...right], top3: ranked.slice(0, 3) });
  }
  return {
    ...rankingReport(runs),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    misses,
  };
}

function questionsOf(faq: readonly FaqTag[]) {
  const byText = new Map<string, Set<string>>();
  for (const t of faq) {
    for (const q of t.patterns) {
      const right = byText.get(q) ?? new Set<string>();
      for (const tag of rightTags(t.tag)) right.add(tag);
      byText.set(q, right);
    }
  }
  return faq
    .filter((t) => faqIntent(t.tag) === 'KNOWLEDGE_QUERY')
    .flatMap((t) => t.patterns.map((q) => ({ q, right: byText.get(q)! })));
}

export async function loadFiller(url: string, count: number, globalShare: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('DROP INDEX knowledge_chunks_embedding_hnsw_idx');
    const batch: ReturnType<typeof fillerChunks> extends Generator<infer T> ? T[] : never = [];
    const flush = async () => {
      const values: unknown[] = [];
      const rows = batch.map((c, i) => {
        const b = i * 4;
        values.push(c.villageId, c.title, c.content, toVectorLiteral(localEmbed(`${c.title}\n${c.content}`)));
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4})`;
      });
      await client.query(
        `WITH input(village_id, title, content, embedding) AS (VALUES ${rows.join(',')}),
         entries AS (
           INSERT INTO knowledge_entries (id, village_id, title, content, source, updated_at)
           SELECT gen_random_uuid(), village_id, title, content, 'eval-filler', now() FROM input
           RETURNING id, village_id, title, content)
         INSERT INTO knowledge_chunks (id, entry_id, village_id, position, content, embedding_model, embedding, search_text)
         SELECT gen_random_uuid(), e.id, e.village_id, 0, e.content, '${localEmbeddingModel.id}', i.embedding::vector,
                setweight(to_tsvector('indonesian', e.title), 'A') || to_tsvector('indonesian', e.content)
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
    await client.query(
      `CREATE INDEX knowledge_chunks_embedding_hnsw_idx ON knowledge_chunks USING hnsw (embedding vector_cosine_ops) WHERE embedding_model IS NOT NULL`,
    );
    await client.query('ANALYZE knowledge_chunks');
    await client.query('ANALYZE knowledge_entries');
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
    const questions = questionsOf(faq);
    const small = await ask(deps, questions, entryTag);
    const loadSeconds = await loadFiller(database.url, fillerCount, globalShare);
    await ask(deps, questions, entryTag); // warm-up: caches and the prepared statement
    const large = await ask(deps, questions, entryTag);
    return {
      entries: entryTag.size,
      questions: questions.length,
      withFaqOnly: small,
      fillerChunks: fillerCount,
      fillerGlobalShare: globalShare,
      loadSeconds,
      atScale: large,
    };
  } finally {
    await db?.$disconnect();
    await database.drop();
  }
}
