// Inbound media: downloaded at once through the Graph API (the simulator), checked, stored, served
// only through GET /internal/media/:id; a failed download is retried and recorded, never blocking intake.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LiveEvent } from '../src/domain/live-feed.ts';
import { internalFetch } from './channel-harness.ts';
import { eventually, startWithSimulator, type WithSimulator } from './with-simulator.ts';

let t: WithSimulator;
const dir = mkdtempSync(path.join(os.tmpdir(), 'channel-media-'));

beforeAll(async () => {
  t = await startWithSimulator('media', {
    MEDIA_DIR: dir,
    MEDIA_MAX_ATTEMPTS: '2',
    MEDIA_RETRY_BASE_MS: '50',
  });
});
afterAll(async () => {
  await t?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const mediaOf = (wamid: string) =>
  t.db.message.findUniqueOrThrow({ where: { wamid }, include: { media: true } });

it('when a citizen sends a photo, then it is downloaded, its sha256 checked, and served only with the internal key', async () => {
  const live: LiveEvent[] = [];
  const unsubscribe = t.channel.feed.subscribe((e) => live.push(e));
  const { wamid } = await t.citizenSays('6281400000001', { image: { caption: 'lubang di jalan' } });
  const message = await eventually(
    () => mediaOf(wamid),
    (m) => m.media?.status === 'stored',
  );
  // The live inbox hears that the photo is there: its message streamed again with the stored media.
  await eventually(async () => live.find((e) => e.data.id === message.id && e.data.media), Boolean);
  unsubscribe();
  expect(live.find((e) => e.data.id === message.id && e.data.media)).toMatchObject({
    kind: 'message',
    conversationId: message.conversationId,
    data: { media: { id: message.media!.id, kind: 'image', status: 'stored' } },
  });
  expect(message).toMatchObject({
    type: 'image',
    text: 'lubang di jalan',
    media: { status: 'stored', attempts: 1 },
  });
  const res = await internalFetch(t.url, `/internal/media/${message.media!.id}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('image/');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(bytes.length).toBe(message.media!.sizeBytes);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(message.media!.sha256);
  expect((await fetch(`${t.url}/internal/media/${message.media!.id}`)).status).toBe(401);
  const page = (await (
    await internalFetch(t.url, `/internal/messages?conversationId=${message.conversationId}`)
  ).json()) as { items: { media: { id: string } | null }[] };
  expect(page.items[0]!.media?.id).toBe(message.media!.id);
});

it('when the Graph API fails once, then the download is retried and succeeds', async () => {
  await fetch(`${t.sim.url}/simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ graph: { status: 500, count: 1 } }),
  });
  const { wamid } = await t.citizenSays('6281400000002', { image: {} });
  const message = await eventually(
    () => mediaOf(wamid),
    (m) => m.media?.status === 'stored',
  );
  expect(message.media).toMatchObject({ status: 'stored', attempts: 2 });
});

it('when every attempt fails, then the message is stored anyway and the media records the failure', async () => {
  await fetch(`${t.sim.url}/simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ graph: { status: 500, count: 4 } }),
  });
  const { wamid, channelStatus } = (await t.citizenSays('6281400000003', { image: {} })) as {
    wamid: string;
    channelStatus?: number;
  };
  expect(channelStatus).toBeUndefined(); // the webhook itself was acknowledged with 200
  const message = await eventually(
    () => mediaOf(wamid),
    (m) => m.media?.status === 'failed',
  );
  expect(message.media).toMatchObject({ status: 'failed', attempts: 2 });
  expect(message.media!.lastError).toBeTruthy();
  const res = await internalFetch(t.url, `/internal/media/${message.media!.id}`);
  expect(res.status).toBe(409);
  await fetch(`${t.sim.url}/simulator/faults`, { method: 'DELETE' });
});
