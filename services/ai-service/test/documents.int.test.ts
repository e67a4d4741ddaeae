// Knowledge documents through the ai service's HTTP API, against the real PostgreSQL (pgvector):
// PDF and DOCX fixtures made with LibreOffice, TXT and MD; statuses, replacement, deletion, limits.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import type { RunningService } from '@govconnect/service-host';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAiService } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';
import type { Db } from '../src/repositories/prisma-client.ts';

let database: TestDatabase;
let ai: RunningService<Db>;
const KEY = { 'x-internal-api-key': 'dev-internal-key' };
const VILLAGE = 'desa-dokumen';
const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

async function upload(
  file: { name: string; bytes: Uint8Array<ArrayBuffer> | string; type?: string },
  fields: Record<string, string> = { villageId: VILLAGE },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const res = await fetch(`${ai.url}/internal/documents/process`, {
    method: 'POST',
    headers: KEY,
    body: form,
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${ai.url}${path}`, {
    method,
    headers: { ...KEY, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const search = async (query: string) =>
  (await call('POST', '/internal/knowledge/search', { query, villageId: VILLAGE, topK: 3 })).body.results;

beforeAll(async () => {
  database = await createTestDatabase('ai_documents');
  ai = await startAiService(loadAiConfig(testEnv(database.url, { DOCUMENT_MAX_BYTES: '65536' })), {
    messaging: { topology: testExchanges('ai-documents') },
  });
});

afterAll(async () => {
  await ai?.stop();
  await database?.drop();
});

describe('POST /internal/documents/process', () => {
  it('when a PDF is uploaded, then it is ready, its chunks keep their headings and search names it', async () => {
    const { status, body } = await upload({
      name: 'peminjaman-balai-desa.pdf',
      bytes: fixtureBytes('peminjaman-balai-desa.pdf'),
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      villageId: VILLAGE,
      filename: 'peminjaman-balai-desa.pdf',
      title: 'peminjaman balai desa',
      mediaType: 'application/pdf',
      status: 'ready',
      failureReason: null,
    });
    const read = await call('GET', `/internal/documents/${body.id}`);
    expect(read.body.chunkCount).toBe(read.body.chunks.length);
    const headings = read.body.chunks.map((c: { heading: string }) => c.heading);
    expect(headings).toEqual(
      expect.arrayContaining(['Syarat Peminjaman', 'Biaya Sewa Balai Desa', 'Jadwal dan Kunci']),
    );
    expect(read.body.chunks.map((c: { position: number }) => c.position)).toEqual(
      headings.map((_: unknown, i: number) => i),
    );
    const [best] = await search('berapa biaya sewa balai desa untuk hajatan?');
    expect(best.source).toMatchObject({
      entryId: body.id,
      title: 'peminjaman balai desa',
      heading: 'Biaya Sewa Balai Desa',
    });
    expect(best.content).toContain('Rp250.000');
  });

  it('when a DOCX is uploaded with a title and category, then its headings and list items become chunks', async () => {
    const { status, body } = await upload(
      { name: 'bank-sampah.docx', bytes: fixtureBytes('bank-sampah.docx') },
      { villageId: VILLAGE, title: 'Bank Sampah Melati Bersih', category: 'lingkungan' },
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: 'ready',
      title: 'Bank Sampah Melati Bersih',
      category: 'lingkungan',
    });
    const { body: read } = await call('GET', `/internal/documents/${body.id}`);
    const jenis = read.chunks.find((c: { heading: string }) => c.heading === 'Jenis Sampah yang Diterima');
    expect(jenis.content).toContain('- Botol plastik');
    const [best] = await search('kapan jadwal penimbangan bank sampah');
    expect(best.source).toMatchObject({
      entryId: body.id,
      title: 'Bank Sampah Melati Bersih',
      category: 'lingkungan',
    });
  });

  it('when the same file name is uploaded again for the village, then its chunks are replaced', async () => {
    const first = await upload({
      name: 'jadwal-posyandu.md',
      bytes: '# Posyandu\nPosyandu Mawar buka setiap tanggal 5.',
    });
    const again = await upload({
      name: 'jadwal-posyandu.md',
      bytes: '# Posyandu\nPosyandu Mawar pindah ke tanggal 12 di balai RW 04.',
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const { body } = await call('GET', `/internal/documents/${first.body.id}`);
    expect(body.chunks.map((c: { content: string }) => c.content).join(' ')).toContain('tanggal 12');
    expect(body.chunks.map((c: { content: string }) => c.content).join(' ')).not.toContain('tanggal 5');
    const other = await upload(
      { name: 'jadwal-posyandu.md', bytes: '# Posyandu\nDesa lain.' },
      { villageId: 'desa-lain' },
    );
    expect(other.body.id).not.toBe(first.body.id); // same name, other village: another document
  });

  it('when the file name has non-ASCII letters, then it is kept as sent', async () => {
    const { status, body } = await upload({
      name: 'Pengumuman Kerja Bakti – Mei ✓.txt',
      bytes: 'Kerja bakti Minggu pagi.',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ filename: 'Pengumuman Kerja Bakti – Mei ✓.txt', mediaType: 'text/plain' });
  });

  it('when a documentId is given, then that document is replaced whatever the new file name', async () => {
    const first = await upload({ name: 'pengumuman.txt', bytes: 'Kerja bakti hari Minggu.' });
    const again = await upload(
      { name: 'pengumuman-revisi.txt', bytes: 'Kerja bakti diundur ke hari Sabtu.' },
      { documentId: first.body.id },
    );
    expect(again).toMatchObject({
      status: 200,
      body: { id: first.body.id, filename: 'pengumuman-revisi.txt', villageId: VILLAGE },
    });
    const missing = await upload(
      { name: 'x.txt', bytes: 'x' },
      { documentId: '00000000-0000-4000-8000-000000000000' },
    );
    expect(missing.status).toBe(404);
  });

  it('when a PDF is corrupt, then it is failed with a reason, its old chunks are gone, and it is not a 500', async () => {
    const good = await upload({
      name: 'tarif-air.txt',
      bytes: 'Tarif air bersih PAMDes Rp3.000 per meter kubik.',
    });
    const bad = await upload(
      { name: 'tarif-air.pdf', bytes: '%PDF-1.7\n1 0 obj <</Type/Catalog>>\ntruncated' },
      { villageId: VILLAGE, documentId: good.body.id },
    );
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body).toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      documentId: good.body.id,
      documentStatus: 'failed',
    });
    expect(bad.body.reason).toMatch(/PDF file could not be read/);
    const { body } = await call('GET', `/internal/documents/${good.body.id}`);
    expect(body).toMatchObject({ status: 'failed', chunkCount: 0, chunks: [] });
    expect(body.failureReason).toMatch(/could not be read/);
    expect(
      (await search('tarif air bersih pamdes')).map((r: { source: { entryId: string } }) => r.source.entryId),
    ).not.toContain(good.body.id);
  });

  it.each([
    ['a text file named .pdf', 'bukan.pdf', 'ini bukan pdf', /not a PDF/],
    ['a DOCX that is not a zip', 'rusak.docx', 'PK garbage', /not a DOCX/],
    ['an empty text file', 'kosong.txt', '   \n', /no text/],
    ['a binary .txt', 'biner.txt', new Uint8Array([0, 1, 2, 3]), /binary/],
  ])('when %s is uploaded, then it is failed with a reason', async (_what, name, bytes, reason) => {
    const { status, body } = await upload({ name, bytes });
    expect(status).toBe(422);
    expect(body.reason).toMatch(reason);
  });

  it('when the file type is not accepted, then it is a 415 problem and nothing is stored', async () => {
    const before = await ai.db.knowledgeDocument.count();
    const { status, type, body } = await upload({ name: 'foto.jpg', bytes: 'x', type: 'image/jpeg' });
    expect(status).toBe(415);
    expect(type).toContain('application/problem+json');
    expect(body.code).toBe('UNSUPPORTED_DOCUMENT_TYPE');
    expect(await ai.db.knowledgeDocument.count()).toBe(before);
  });

  it('when the body is JSON instead of multipart, then it is a 415 problem', async () => {
    const { status, body } = await call('POST', '/internal/documents/process', { text: 'x' });
    expect(status).toBe(415);
    expect(body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('when the file is larger than DOCUMENT_MAX_BYTES, then it is a 413 problem', async () => {
    const { status, type, body } = await upload({ name: 'besar.txt', bytes: 'a'.repeat(70_000) });
    expect(status).toBe(413);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', maxBytes: 65536 });
  });

  it('when the file part is missing or a field is invalid, then it is a 400 naming it', async () => {
    const form = new FormData();
    form.append('villageId', VILLAGE);
    const res = await fetch(`${ai.url}/internal/documents/process`, {
      method: 'POST',
      headers: KEY,
      body: form,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('DOCUMENT_FILE_MISSING');
    const bad = await upload({ name: 'a.txt', bytes: 'teks' }, { villageId: 'Bukan Slug!' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('body.villageId');
  });
});

describe('listing, reading and deleting documents', () => {
  it("when listing a village's documents, then its own and the global ones come back, filterable by status", async () => {
    const global = await upload(
      { name: 'panduan-umum.md', bytes: '# Panduan\nLayanan desa buka Senin sampai Jumat.' },
      {},
    );
    expect(global.body.villageId).toBeNull();
    const { body } = await call('GET', `/internal/documents?villageId=${VILLAGE}`);
    const villages = new Set(body.documents.map((d: { villageId: string | null }) => d.villageId));
    expect(villages).toEqual(new Set([VILLAGE, null]));
    const failed = await call('GET', `/internal/documents?villageId=${VILLAGE}&status=failed`);
    expect(failed.body.documents.length).toBeGreaterThan(0);
    expect(failed.body.documents.every((d: { status: string }) => d.status === 'failed')).toBe(true);
  });

  it('when a document is deleted, then it, its entry and its chunks are gone', async () => {
    const { body } = await upload({ name: 'hapus-saya.txt', bytes: 'Jadwal ronda malam RT 05 setiap Rabu.' });
    expect((await call('DELETE', `/internal/documents/${body.id}`)).status).toBe(204);
    expect((await call('GET', `/internal/documents/${body.id}`)).status).toBe(404);
    expect(await ai.db.knowledgeEntry.count({ where: { id: body.id } })).toBe(0);
    expect(await ai.db.knowledgeChunk.count({ where: { entryId: body.id } })).toBe(0);
    expect((await call('DELETE', `/internal/documents/${body.id}`)).status).toBe(404);
  });
});
