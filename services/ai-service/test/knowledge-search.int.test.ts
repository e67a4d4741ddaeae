// Knowledge search against the real PostgreSQL with pgvector: village scoping and BM25 ranking.
import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';
import { localEmbeddingModel } from '../src/knowledge/local-embedding.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { createKnowledgeEntry } from '../src/use-cases/save-knowledge-entry.ts';
import { searchKnowledge } from '../src/use-cases/search-knowledge.ts';

let database: TestDatabase;
let db: Db;
const config = loadAiConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' });
const deps = () => ({ db, embeddings: localEmbeddingModel, config });

beforeAll(async () => {
  database = await createTestDatabase('ai_search');
  await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA_PATH });
  db = createPrismaClient(database.url);
  const save = (title: string, content: string, villageId?: string) =>
    createKnowledgeEntry(deps(), { title, content, ...(villageId ? { villageId } : {}) });
  await save(
    'Akta kelahiran',
    'Syarat akta kelahiran: surat keterangan lahir dari bidan, KK, KTP orang tua.',
    'desa-a',
  );
  await save('Jam pelayanan', 'Kantor desa buka Senin sampai Jumat pukul 08.00.', 'desa-a');
  for (let i = 0; i < 30; i++)
    await save(`Akta kelahiran desa B ${i}`, `Pengurusan akta kelahiran di desa B, loket ${i}.`, 'desa-b');
  await save('Pengumuman kabupaten', 'Perekaman KTP elektronik keliling hari Sabtu di balai desa.');
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('knowledge search', () => {
  it("when another village holds many chunks on the same topic, then only the village's own and global ones come back", async () => {
    const hits = await searchKnowledge(deps(), {
      query: 'syarat bikin akte kelahiran anak',
      villageId: 'desa-a',
      topK: 10,
    });
    expect(hits[0]!.title).toBe('Akta kelahiran');
    expect(hits.every((h) => h.source.villageId === 'desa-a' || h.source.villageId === null)).toBe(true);
  });

  it('when the query names the official name of a document, then its abbreviation is found', async () => {
    const hits = await searchKnowledge(deps(), {
      query: 'kartu tanda penduduk elektronik',
      villageId: 'desa-a',
    });
    expect(hits.map((h) => h.title)).toContain('Pengumuman kabupaten');
  });

  it('when nothing in the knowledge base shares the question, then nothing is returned', async () => {
    const hits = await searchKnowledge(deps(), { query: 'resep rendang padang', villageId: 'desa-a' });
    expect(hits).toEqual([]);
  });

  it('when as many turns as the pool has connections each search inside their own transaction, then all finish', async () => {
    // A turn holds a Prisma connection for its transaction and searches meanwhile. With one shared pool,
    // ten such turns took every connection and waited for each other until their transactions timed out.
    const turns = Array.from({ length: 12 }, () =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRawUnsafe('SELECT 1');
          return searchKnowledge(deps(), { query: 'jam buka kantor desa', villageId: 'desa-a' });
        },
        { timeout: 5_000, maxWait: 5_000 },
      ),
    );
    const results = await Promise.all(turns);
    expect(results.every((hits) => hits[0]?.title === 'Jam pelayanan')).toBe(true);
  });
});
