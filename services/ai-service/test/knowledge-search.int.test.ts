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
  await save('Jam buka kantor desa', 'Jam buka kantor desa se-kabupaten: Senin sampai Kamis pukul 07.30.');
});

const sql = (text: string) => db.$executeRawUnsafe(text);

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

  it("when a global entry words the question more closely than the village's own, then the village's own comes first", async () => {
    const hits = await searchKnowledge(deps(), { query: 'jam buka kantor desa', villageId: 'desa-a' });
    expect(hits.map((h) => h.title).slice(0, 2)).toEqual(['Jam pelayanan', 'Jam buka kantor desa']);
  });

  it('when every word of the question is in a chunk, then its coverage is 1', async () => {
    const hits = await searchKnowledge(deps(), { query: 'perekaman ktp', villageId: 'desa-a', topK: 10 });
    const byTitle = new Map(hits.map((h) => [h.title, h.coverage]));
    expect(byTitle.get('Pengumuman kabupaten')).toBe(1);
    expect(hits.every((h) => h.coverage >= 0 && h.coverage <= 1)).toBe(true);
  });

  it("when a global chunk is re-embedded by another model or deleted, then its words stop matching the search's model", async () => {
    const find = async () =>
      (await searchKnowledge(deps(), { query: 'perekaman keliling', villageId: 'desa-a' })).map(
        (h) => h.title,
      );
    expect(await find()).toContain('Pengumuman kabupaten');
    const chunk = `(SELECT c.id FROM knowledge_chunks c JOIN knowledge_entries e ON e.id = c.entry_id WHERE e.title = 'Pengumuman kabupaten')`;
    await sql(`UPDATE knowledge_chunks SET embedding_model = 'other-model' WHERE id IN ${chunk}`);
    expect(await find()).not.toContain('Pengumuman kabupaten');
    await sql(
      `UPDATE knowledge_chunks SET embedding_model = '${localEmbeddingModel.id}' WHERE id IN ${chunk}`,
    );
    expect(await find()).toContain('Pengumuman kabupaten');
    // The words of the deleted chunk leave the postings with it (the IDF of global words counts them).
    const postings = () =>
      db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM knowledge_global_postings WHERE lexeme = ANY (tsvector_to_array(to_tsvector('indonesian', 'perekaman keliling')))`,
      );
    expect(await postings()).toEqual([{ n: 2 }]);
    await sql(`DELETE FROM knowledge_entries WHERE title = 'Pengumuman kabupaten'`);
    expect(await postings()).toEqual([{ n: 0 }]);
    await createKnowledgeEntry(deps(), {
      title: 'Pengumuman kabupaten',
      content: 'Perekaman KTP elektronik keliling hari Sabtu di balai desa.',
    });
  });

  describe('when the question names the topic of an entry title and short entries also hold its words', () => {
    // The entry the question asks for is long and its body spreads over three documents; the other
    // three are short and mention "dokumen" in passing, so BM25 alone prefers them.
    const entries = [
      [
        'Dokumen yang diperlukan',
        'Untuk KTP hilang silakan bawa surat kehilangan dari kepolisian, fotokopi KK dan KTP. Untuk KK bawa KK asli, fotokopi buku nikah serta KTP suami istri. Untuk akta kelahiran bawa surat kelahiran dari bidan atau rumah sakit dan KK asli.',
      ],
      ['Perubahan KK', 'Untuk perubahan data KK silakan bawa dokumen pendukung ke kantor kecamatan.'],
      ['Pembatalan akta ganda', 'Bawa dokumen akta yang ganda ke Disdukcapil untuk dibatalkan.'],
      ['Perbaikan data', 'Silakan datang dengan membawa dokumen pembanding yang sah.'],
    ] as const;
    const question = 'dokumen apa saja yang harus dibawa';

    it("then a village's own entry with that title comes first", async () => {
      for (const [title, content] of entries)
        await createKnowledgeEntry(deps(), { title, content, villageId: 'desa-t' });
      const hits = await searchKnowledge(deps(), { query: question, villageId: 'desa-t' });
      expect(hits[0]!.title).toBe('Dokumen yang diperlukan');
    });

    it('then a global entry with that title comes first too, through the global postings', async () => {
      const saved = [];
      for (const [title, content] of entries)
        saved.push(await createKnowledgeEntry(deps(), { title: `${title} (kabupaten)`, content }));
      try {
        const hits = await searchKnowledge(deps(), { query: question, villageId: 'desa-u' });
        expect(hits[0]!.title).toBe('Dokumen yang diperlukan (kabupaten)');
      } finally {
        await sql(`DELETE FROM knowledge_entries WHERE id IN (${saved.map((e) => `'${e.id}'`).join(',')})`);
      }
    });
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
