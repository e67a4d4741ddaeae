// No acknowledged message may be lost: while the database is unreachable the webhook answers 503
// (Meta redelivers), and the redelivery after it is back is stored once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import { metaJson, postWebhook, startHarness, textWebhook, type Harness } from './channel-harness.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

let h: Harness;
let proxy: TcpProxy;
let db: Db;

beforeAll(async () => {
  proxy = await startTcpProxy('127.0.0.1', 5432);
  h = await startHarness('dbdown', {}, (url) => url.replace(':5432/', `:${proxy.port}/`));
  db = createPrismaClient(h.database.url); // direct, not through the proxy
  await seedDemoVillage(db);
});

afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
  await proxy?.close();
});

it('when the database is down, then the webhook is 503 problem+json, and its redelivery afterwards is stored once', async () => {
  const first = metaJson(textWebhook({ waId: '6281234511111', wamid: 'wamid.dbdown-1', text: 'sebelum' }));
  expect((await postWebhook(h.url, first)).status).toBe(200);

  await proxy.cut();
  const during = metaJson(textWebhook({ waId: '6281234511111', wamid: 'wamid.dbdown-2', text: 'saat mati' }));
  const res = await postWebhook(h.url, during);
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(((await res.json()) as { code: string }).code).toBe('STORAGE_UNAVAILABLE');
  expect(await db.message.count({ where: { wamid: 'wamid.dbdown-2' } })).toBe(0);

  await proxy.restore();
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i++) {
    status = (await postWebhook(h.url, during)).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 200));
  }
  expect(status).toBe(200);
  expect((await postWebhook(h.url, during)).status).toBe(200);
  expect(await db.message.count({ where: { wamid: { in: ['wamid.dbdown-1', 'wamid.dbdown-2'] } } })).toBe(2);
  const conversation = await db.conversation.findFirstOrThrow({ where: { waId: '6281234511111' } });
  expect(conversation.unreadCount).toBe(2);
});
