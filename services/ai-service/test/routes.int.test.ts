// The ai service's HTTP API against the real PostgreSQL (with pgvector) and RabbitMQ.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import type { RunningService } from '@govconnect/service-host';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiService } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';
import { localEmbeddingModel } from '../src/knowledge/local-embedding.ts';
import type { Db } from '../src/repositories/prisma-client.ts';
import { demoKnowledge, seedDemoKnowledge } from '../src/use-cases/seed-demo-knowledge.ts';

let database: TestDatabase;
let ai: RunningService<Db>;
const KEY = { 'x-internal-api-key': 'dev-internal-key', 'content-type': 'application/json' };

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${ai.url}${path}`, {
    method,
    headers: KEY,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  database = await createTestDatabase('ai_routes');
  ai = await startAiService(loadAiConfig(testEnv(database.url)), {
    messaging: { topology: testExchanges('ai-routes') },
  });
});

afterAll(async () => {
  await ai?.stop();
  await database?.drop();
});

describe('POST /internal/nlu', () => {
  it('when a citizen reports a broken street light, then intent and slots come back', async () => {
    const { status, body } = await call('POST', '/internal/nlu', { text: 'lampu pju gg mawar mati udh 3hr' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      intent: 'CREATE_COMPLAINT',
      slots: { category: 'lampu_jalan', address: 'gang mawar' },
      engine: 'local',
    });
    expect(body.confidence).toBeGreaterThan(0.5);
  });

  it('when the internal key is missing, then it is refused', async () => {
    const res = await fetch(`${ai.url}/internal/nlu`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'halo' }),
    });
    expect(res.status).toBe(401);
  });

  it('when the text is empty, then it is a 400 problem naming the field', async () => {
    const { status, body } = await call('POST', '/internal/nlu', { text: '  ' });
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('body.text');
  });

  it('when a message is understood, then nothing is written (no side effects)', async () => {
    await call('POST', '/internal/nlu', { text: 'batalkan LAP-20261118-007' });
    expect(await ai.db.outboxEvent.count()).toBe(0);
    expect(await ai.db.knowledgeEntry.count()).toBe(0);
  });
});

describe('knowledge entries and search', () => {
  it('when entries are created, read, replaced and deleted, then their chunks follow', async () => {
    const created = await call('POST', '/internal/knowledge', {
      title: 'Jadwal posyandu',
      content: 'Posyandu Melati buka setiap tanggal 10 di balai RW 02.',
      villageId: 'desa-uji',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await call('GET', `/internal/knowledge/${id}`)).body).toMatchObject({
      title: 'Jadwal posyandu',
      chunks: 1,
    });
    const long = Array.from(
      { length: 12 },
      (_, i) => `## Bagian ${i}\nPosyandu bagian ${i} ${'imunisasi balita '.repeat(30)}`,
    );
    expect(
      (await call('PUT', `/internal/knowledge/${id}`, { title: 'Jadwal posyandu', content: long.join('\n') }))
        .status,
    ).toBe(200);
    const chunks = await ai.db.knowledgeChunk.findMany({
      where: { entryId: id },
      orderBy: { position: 'asc' },
    });
    expect(chunks.length).toBeGreaterThanOrEqual(12);
    expect(chunks[0]).toMatchObject({
      heading: 'Bagian 0',
      embeddingModel: localEmbeddingModel.id,
      villageId: 'desa-uji',
    });
    expect((await call('DELETE', `/internal/knowledge/${id}`)).status).toBe(204);
    expect(await ai.db.knowledgeChunk.count({ where: { entryId: id } })).toBe(0);
    expect((await call('GET', `/internal/knowledge/${id}`)).status).toBe(404);
  });

  it('when the demo knowledge is seeded twice, then each entry exists once', async () => {
    const deps = { db: ai.db, embeddings: localEmbeddingModel };
    await seedDemoKnowledge(deps);
    await seedDemoKnowledge(deps);
    expect(await ai.db.knowledgeEntry.count({ where: { villageId: 'desa-sukamaju' } })).toBe(
      demoKnowledge().length,
    );
  });

  it('when a citizen asks about SKTM, then the SKTM entry comes first with its source', async () => {
    const { body } = await call('POST', '/internal/knowledge/search', {
      query: 'syarat bikin sktm apa aja min',
      villageId: 'desa-sukamaju',
    });
    expect(body.results[0]).toMatchObject({ title: 'Surat keterangan tidak mampu (SKTM)' });
    expect(body.results[0].source).toMatchObject({ villageId: 'desa-sukamaju', position: 0 });
    const scores = body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("when another village searches, then it sees global entries but not Sukamaju's", async () => {
    await call('POST', '/internal/knowledge', {
      title: 'Nomor darurat nasional',
      content: 'Polisi 110, ambulans 118 atau 119, pemadam kebakaran 113.',
    });
    const { body } = await call('POST', '/internal/knowledge/search', {
      query: 'nomor ambulans darurat',
      villageId: 'desa-lain',
    });
    expect(body.results.map((r: { title: string }) => r.title)).toEqual(['Nomor darurat nasional']);
  });

  it('when nothing relevant exists, then the relevance floor returns no results', async () => {
    const { body } = await call('POST', '/internal/knowledge/search', {
      query: 'resep rendang padang pedas',
      villageId: 'desa-sukamaju',
    });
    expect(body.results).toEqual([]);
  });
});
