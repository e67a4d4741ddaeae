// The ai service configured with a Gemini key, against a local fake Gemini and the real PostgreSQL
// and RabbitMQ: the gemini NLU engine with its fallback metric, Gemini embeddings for entries,
// documents and search, and the re-embed command (use case and CLI), resumable after a failure.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import type { RunningService } from '@govconnect/service-host';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiService } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';
import { localEmbeddingModel } from '../src/knowledge/local-embedding.ts';
import { CircuitBreaker } from '../src/nlu/gemini/circuit-breaker.ts';
import { createGeminiClient } from '../src/nlu/gemini/gemini-call.ts';
import { GeminiEmbeddingModel } from '../src/knowledge/gemini-embedding.ts';
import type { Db } from '../src/repositories/prisma-client.ts';
import { reembedChunks } from '../src/use-cases/reembed-chunks.ts';
import { createKnowledgeEntry } from '../src/use-cases/save-knowledge-entry.ts';
import { startFakeGemini, type FakeGemini } from './fake-gemini.ts';

const KEY = 'fake-gemini-key';
const VILLAGE = 'desa-gemini';
const SERVICE_DIR = fileURLToPath(new URL('..', import.meta.url));
let database: TestDatabase;
let fake: FakeGemini;
let ai: RunningService<Db>;
let env: Record<string, string | undefined>;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${ai.url}${path}`, {
    method,
    headers: { 'x-internal-api-key': 'dev-internal-key', 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const models = async () =>
  Object.fromEntries(
    (await ai.db.knowledgeChunk.groupBy({ by: ['embeddingModel'], _count: true })).map((g) => [
      g.embeddingModel,
      g._count,
    ]),
  );

function geminiEmbeddings() {
  return new GeminiEmbeddingModel(createGeminiClient(KEY, fake.url), {
    model: 'gemini-embedding-001',
    call: { timeoutMs: 5000, maxRetries: 0, retryBaseMs: 1 },
    breaker: new CircuitBreaker({ name: 'embedding', threshold: 100, cooldownMs: 1000 }),
  });
}

beforeAll(async () => {
  fake = await startFakeGemini({ apiKey: KEY });
  database = await createTestDatabase('ai_gemini');
  env = testEnv(database.url, {
    GEMINI_API_KEY: KEY,
    GEMINI_BASE_URL: fake.url,
    GEMINI_MAX_RETRIES: '0',
    GEMINI_BREAKER_THRESHOLD: '100',
  });
  ai = await startAiService(loadAiConfig(env), { messaging: { topology: testExchanges('ai-gemini') } });
});

afterAll(async () => {
  await ai?.stop();
  await database?.drop();
  await fake?.close();
});

describe('with GEMINI_API_KEY set', () => {
  it('when a message is understood, then Gemini answers; when Gemini fails, the local engine does and /metrics counts it', async () => {
    fake.script(
      'generateContent',
      { fixture: 'generate-content-complaint' },
      { fixture: 'error-500', status: 500 },
    );
    const first = await call('POST', '/internal/nlu', { text: 'jln dpn rmh sy rusak parah min' });
    expect(first.body).toMatchObject({
      intent: 'CREATE_COMPLAINT',
      engine: 'gemini',
      slots: { category: 'jalan_rusak' },
    });
    const second = await call('POST', '/internal/nlu', { text: 'lampu pju gg mawar mati udh 3hr' });
    expect(second.body).toMatchObject({ intent: 'CREATE_COMPLAINT', engine: 'local' });
    const metrics = await (await fetch(`${ai.url}/metrics`)).text();
    expect(metrics).toMatch(/ai_nlu_fallback_total\{reason="server_error",service="ai-service"\} 1/);
    expect(metrics).toMatch(/ai_gemini_circuit_state\{operation="nlu",service="ai-service"\} 0/);
    expect(fake.violations).toEqual([]);
  });

  it('when an entry is saved and searched, then its chunks are Gemini-embedded at 768 dimensions and found', async () => {
    const created = await call('POST', '/internal/knowledge', {
      title: 'Jadwal posyandu',
      content: 'Posyandu Melati buka setiap tanggal 10 di balai RW 02.',
      villageId: VILLAGE,
    });
    expect(created.status).toBe(201);
    expect(await models()).toEqual({ 'gemini-embedding-001': 1 });
    const embed = fake.requests.filter((r) => r.operation === 'batchEmbedContents').at(-1)!;
    expect(embed.path).toBe('/v1beta/models/gemini-embedding-001:batchEmbedContents');
    const { results } = (
      await call('POST', '/internal/knowledge/search', { query: 'kapan posyandu buka', villageId: VILLAGE })
    ).body;
    expect(results[0].source.entryId).toBe(created.body.id);
    expect(fake.violations).toEqual([]);
  });

  it('when Gemini embeddings fail, then search is a 503 problem and an upload is failed with the reason', async () => {
    fake.script(
      'batchEmbedContents',
      { fixture: 'error-503', status: 503 },
      { fixture: 'error-429', status: 429 },
    );
    const search = await call('POST', '/internal/knowledge/search', {
      query: 'posyandu',
      villageId: VILLAGE,
    });
    expect(search.status).toBe(503);
    expect(search.body).toMatchObject({ code: 'EMBEDDING_UNAVAILABLE', reason: 'server_error' });
    const form = new FormData();
    form.append('villageId', VILLAGE);
    form.append('file', new Blob(['Ronda malam setiap Rabu.']), 'ronda.txt');
    const res = await fetch(`${ai.url}/internal/documents/process`, {
      method: 'POST',
      headers: { 'x-internal-api-key': 'dev-internal-key' },
      body: form,
    });
    const body = await res.json();
    expect(res.status).toBe(503);
    expect(body).toMatchObject({
      code: 'EMBEDDING_UNAVAILABLE',
      reason: expect.stringContaining('rate_limited'),
      documentStatus: 'failed',
    });
    expect((await call('GET', `/internal/documents/${body.documentId}`)).body.status).toBe('failed');
  });
});

describe('re-embedding', () => {
  it('when chunks of the local model are re-embedded and a batch fails, then running again resumes and search finds them', async () => {
    const deps = { db: ai.db, embeddings: localEmbeddingModel };
    for (const [title, content] of [
      ['Surat domisili', 'Surat keterangan domisili diurus di kantor desa dengan KTP dan KK.'],
      ['Jam pelayanan', 'Kantor desa buka Senin sampai Jumat pukul 08.00 sampai 15.00.'],
      ['SKTM', 'Surat keterangan tidak mampu butuh pengantar RT dan RW.'],
      ['Akta kelahiran', 'Akta kelahiran diurus dengan surat keterangan lahir dari bidan.'],
      ['Pajak bumi', 'PBB dibayar paling lambat 31 Agustus di kantor desa.'],
    ]) {
      await createKnowledgeEntry(deps, { title: title!, content: content!, villageId: VILLAGE });
    }
    expect(await models()).toMatchObject({ [localEmbeddingModel.id]: 5 });
    const before = (
      await call('POST', '/internal/knowledge/search', { query: 'kapan bayar pbb', villageId: VILLAGE })
    ).body;
    expect(before.results.map((r: { title: string }) => r.title)).not.toContain('Pajak bumi'); // other model: not compared

    // The first batch of two is embedded, the second fails: two chunks are done, three remain.
    fake.script('batchEmbedContents', { delayMs: 0 }, { fixture: 'error-500', status: 500 });
    const options = { fromModel: localEmbeddingModel.id, batchSize: 2 };
    await expect(reembedChunks({ db: ai.db, embeddings: geminiEmbeddings() }, options)).rejects.toMatchObject(
      {
        code: 'EMBEDDING_UNAVAILABLE',
      },
    );
    expect(await models()).toMatchObject({ [localEmbeddingModel.id]: 3 });
    const done = await reembedChunks({ db: ai.db, embeddings: geminiEmbeddings() }, options);
    expect(done).toEqual({ reembedded: 3, model: 'gemini-embedding-001' });
    expect(await models()).toEqual({ 'gemini-embedding-001': 6 });
    const sizes = fake.requests
      .filter((r) => r.operation === 'batchEmbedContents')
      .slice(-2)
      .map((r) => (r.body.requests as unknown[]).length);
    expect(sizes).toEqual([2, 1]);
    const after = (
      await call('POST', '/internal/knowledge/search', { query: 'kapan bayar pbb', villageId: VILLAGE })
    ).body;
    expect(after.results[0].title).toBe('Pajak bumi');
    expect(fake.violations).toEqual([]);
  });

  it('when the re-embed command runs, then it re-embeds the remaining chunks in batches and says so', async () => {
    const deps = { db: ai.db, embeddings: localEmbeddingModel };
    await createKnowledgeEntry(deps, {
      title: 'KTP',
      content: 'KTP elektronik diurus di kecamatan.',
      villageId: VILLAGE,
    });
    await createKnowledgeEntry(deps, {
      title: 'KK',
      content: 'Kartu keluarga baru butuh surat nikah.',
      villageId: VILLAGE,
    });
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/reembed.cli.ts', '--batch', '1'], {
      cwd: SERVICE_DIR,
      env: { ...process.env, ...env },
    });
    expect(stdout).toContain('reembed: 1/2 chunks now gemini-embedding-001');
    expect(stdout).toContain('reembed: done, 2 chunks re-embedded with gemini-embedding-001');
    expect(await models()).toEqual({ 'gemini-embedding-001': 8 });
  });
});
