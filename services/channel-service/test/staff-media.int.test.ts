// Staff photo uploads (POST /internal/media) on the real service and database: stored like downloaded
// WhatsApp media and served back byte for byte; every refusal is a problem+json, never a 500.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaRepository } from '../src/repositories/media.repository.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import { INTERNAL_KEY, startHarness, type Harness } from './channel-harness.ts';

let h: Harness;
let db: Db;
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'channel-staff-media-'));

beforeAll(async () => {
  h = await startHarness('staff_media', { MEDIA_DIR: mediaDir });
  db = createPrismaClient(h.database.url);
  await seedDemoVillage(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

/** Every file kept under MEDIA_DIR, as village/id. */
const files = () =>
  readdirSync(mediaDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(mediaDir, path.join(e.parentPath, e.name)));

/** What a refused upload must leave behind: no new row, no new file. */
async function keptNothing<T>(act: () => Promise<T>): Promise<T> {
  const [rows, before] = [await db.media.count(), files()];
  const result = await act();
  expect(await db.media.count()).toBe(rows);
  expect(files()).toEqual(before);
  return result;
}

const FIVE_MB = 5 * 1024 * 1024;
/** A real 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** JPEG's signature and a JFIF header, then noise: enough for the magic-number check. */
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(
  body: Buffer | undefined,
  opts: { type?: string; villageId?: string; by?: string | null; key?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  if (opts.key !== null) headers['x-internal-api-key'] = opts.key ?? INTERNAL_KEY;
  if (opts.type !== undefined) headers['content-type'] = opts.type;
  if (opts.by !== null) headers['x-uploaded-by'] = opts.by ?? 'staff-42';
  const query = new URLSearchParams({ villageId: opts.villageId ?? 'desa-sukamaju' });
  return fetch(`${h.url}/internal/media?${query}`, {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : new Uint8Array(body),
  });
}

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; code: string; detail: string };
}

describe('POST /internal/media', () => {
  it('when staff upload a PNG, then it is stored as a media row of no message and GET returns the same bytes and sha256', async () => {
    const res = await upload(PNG, { type: 'image/png', by: 'petugas-7' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      mediaId: string;
      mimeType: string;
      sizeBytes: number;
      sha256: string;
    };
    expect(body).toEqual({
      mediaId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      mimeType: 'image/png',
      sizeBytes: PNG.length,
      sha256: sha256(PNG),
    });
    expect(res.headers.get('location')).toBe(`/internal/media/${body.mediaId}`);

    const row = await db.media.findUniqueOrThrow({ where: { id: body.mediaId } });
    expect(row).toMatchObject({
      villageId: 'desa-sukamaju',
      messageId: null,
      waMediaId: null,
      uploadedBy: 'petugas-7',
      kind: 'image',
      status: 'stored',
      attempts: 0,
      sizeBytes: PNG.length,
      sha256: sha256(PNG),
    });
    // Where the downloader keeps WhatsApp media: MEDIA_DIR/<village>/<media id>.
    expect(row.path).toBe(path.join(mediaDir, 'desa-sukamaju', body.mediaId));
    expect(files()).toContain(path.join('desa-sukamaju', body.mediaId));

    const got = await fetch(`${h.url}/internal/media/${body.mediaId}`, {
      headers: { 'x-internal-api-key': INTERNAL_KEY },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-sha256')).toBe(sha256(PNG));
    const bytes = Buffer.from(await got.arrayBuffer());
    expect(bytes.equals(PNG)).toBe(true);
  });

  it('when a JPEG of exactly the 5 MB image limit is uploaded, then it is taken whole', async () => {
    const photo = jpeg(FIVE_MB);
    const res = await upload(photo, { type: 'image/jpeg; charset=binary' });
    expect(res.status).toBe(201);
    const { mediaId, sha256: sum } = (await res.json()) as { mediaId: string; sha256: string };
    expect(sum).toBe(sha256(photo));
    const got = await fetch(`${h.url}/internal/media/${mediaId}`, {
      headers: { 'x-internal-api-key': INTERNAL_KEY },
    });
    expect(Buffer.from(await got.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('when uploads are stored, then the download worker never claims them', async () => {
    const res = await upload(PNG, { type: 'image/png' });
    const { mediaId } = (await res.json()) as { mediaId: string };
    // The worker's own claim; stored uploads have no WhatsApp id to resolve.
    const claimed = await createMediaRepository(db).claimDue(100);
    expect(claimed.map((j) => j.id)).not.toContain(mediaId);
    expect(await db.media.findUniqueOrThrow({ where: { id: mediaId } })).toMatchObject({
      status: 'stored',
      attempts: 0,
    });
  });

  it('when the photo is over 5 MB, then it is a 413 problem and nothing is kept', async () => {
    const res = await keptNothing(() => upload(jpeg(FIVE_MB + 1), { type: 'image/jpeg' }));
    expect(res.status).toBe(413);
    expect(await problem(res)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', limitBytes: FIVE_MB });
  });

  it.each([
    ['text/plain', Buffer.from('bukan foto')],
    ['image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['application/octet-stream', PNG],
  ])('when the content-type is %s, then it is a 415 problem', async (type, body) => {
    const res = await keptNothing(() => upload(body, { type }));
    expect(res.status).toBe(415);
    expect(await problem(res)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('when no content-type is given, then it is a 415 problem', async () => {
    const res = await fetch(`${h.url}/internal/media?villageId=desa-sukamaju`, {
      method: 'POST',
      headers: { 'x-internal-api-key': INTERNAL_KEY, 'x-uploaded-by': 'staff-42' },
      body: new Blob([new Uint8Array(PNG)]), // a Blob without a type sends no content-type
    });
    expect(res.status).toBe(415);
    expect(await problem(res)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it.each([
    ['image/png', jpeg(1024), 'image/jpeg'],
    ['image/jpeg', PNG, 'image/png'],
    ['image/webp', Buffer.from('<html>not an image</html>'), null],
  ])(
    'when the bytes are not the declared %s, then it is a 415 problem and nothing is kept',
    async (type, body, detected) => {
      const res = await keptNothing(() => upload(body, { type }));
      expect(res.status).toBe(415);
      expect(await problem(res)).toMatchObject({ code: 'CONTENT_MISMATCH', declared: type, detected });
    },
  );

  it('when the body is empty, then it is a 400 problem', async () => {
    const res = await keptNothing(() => upload(Buffer.alloc(0), { type: 'image/png' }));
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ code: 'EMPTY_BODY' });
  });

  it('when the village is unknown, then it is a 404 problem and nothing is written', async () => {
    const res = await keptNothing(() => upload(PNG, { type: 'image/png', villageId: 'desa-tidak-ada' }));
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({ code: 'VILLAGE_NOT_FOUND' });
    expect(readdirSync(mediaDir)).not.toContain('desa-tidak-ada');
  });

  it('when x-uploaded-by or villageId is missing, or x-uploaded-by is over 200 characters, then it is a 400 problem', async () => {
    const missing = await upload(PNG, { type: 'image/png', by: null });
    expect(missing.status).toBe(400);
    expect(await problem(missing)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await upload(PNG, { type: 'image/png', by: 'x'.repeat(201) })).status).toBe(400);
    const noVillage = await fetch(`${h.url}/internal/media`, {
      method: 'POST',
      headers: {
        'x-internal-api-key': INTERNAL_KEY,
        'x-uploaded-by': 'staff-42',
        'content-type': 'image/png',
      },
      body: new Uint8Array(PNG),
    });
    expect(noVillage.status).toBe(400);
  });

  it('when the internal key is missing or wrong, then it is a 401 and nothing is kept', async () => {
    await keptNothing(async () => {
      expect((await upload(PNG, { type: 'image/png', key: null })).status).toBe(401);
      expect((await upload(PNG, { type: 'image/png', key: 'wrong-key' })).status).toBe(401);
    });
  });
});
