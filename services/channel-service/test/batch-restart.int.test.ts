// The pending batch lives in the database, not in memory: a batch opened by one instance that stops
// before it is due is published by the next one, once.
import type { EventEnvelope } from '@govconnect/contracts';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startChannelService } from '../src/app.ts';
import { loadChannelConfig } from '../src/config.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import {
  APP_SECRET,
  deleteQueues,
  metaJson,
  postWebhook,
  startHarness,
  textWebhook,
  type Harness,
} from './channel-harness.ts';
import { eventually } from './with-simulator.ts';

let h: Harness;
let db: Db;

beforeAll(async () => {
  h = await startHarness('restart', { BATCH_WINDOW_MS: '1500' });
  db = createPrismaClient(h.database.url);
  await seedDemoVillage(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
});

it('when the service stops with a batch pending, then the next instance publishes it, once, with every message', async () => {
  const waId = '6281555000001';
  for (const [i, text] of ['a', 'b'].entries())
    expect(
      (await postWebhook(h.url, metaJson(textWebhook({ waId, wamid: `wamid.restart-${i}`, text })))).status,
    ).toBe(200);
  await h.channel.stop();
  expect(await db.pendingBatch.count()).toBe(1);
  expect(await db.outboxEvent.count({ where: { type: 'whatsapp.message.received' } })).toBe(0);

  const next = await startChannelService(
    loadChannelConfig(
      testEnv(h.database.url, {
        WHATSAPP_APP_SECRET: APP_SECRET,
        BATCH_WINDOW_MS: '1500',
        BATCH_FLUSH_INTERVAL_MS: '50',
      }),
    ),
    { messaging: { topology: testExchanges('channel-restart2') } },
  );
  try {
    const events = await eventually(
      () => db.outboxEvent.findMany({ where: { type: 'whatsapp.message.received' } }),
      (e) => e.length > 0,
      6000,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.outboxEvent.count({ where: { type: 'whatsapp.message.received' } })).toBe(1);
    const payload = (events[0]!.envelope as unknown as EventEnvelope<'whatsapp.message.received'>).payload;
    expect(payload.messages.map((m) => m.text)).toEqual(['a', 'b']);
    expect(await db.pendingBatch.count()).toBe(0);
  } finally {
    await next.stop();
    await deleteQueues(next);
  }
});
