// The batch flusher with more due batches than one of its transactions claims, and conversations with a
// history: each batch is published once, with only its own pending messages, in order.
import type { EventEnvelope } from '@govconnect/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { createSqlPool, type SqlPool } from '../src/repositories/sql-pool.ts';
import { flushDueBatches } from '../src/use-cases/flush-due-batches.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import { metaJson, postWebhook, startHarness, textWebhook, type Harness } from './channel-harness.ts';

let h: Harness;
let db: Db;
let sql: SqlPool;

beforeAll(async () => {
  // Batches come due only when the test says so, and only the test flushes them.
  h = await startHarness('flush', { BATCH_WINDOW_MS: '600000', BATCH_FLUSH_INTERVAL_MS: '600000' });
  db = createPrismaClient(h.database.url);
  sql = createSqlPool(h.database.url, 2, () => {});
  await seedDemoVillage(db);
});
afterAll(async () => {
  await sql?.end();
  await db?.$disconnect();
  await h?.stop();
});

const citizens = Array.from({ length: 45 }, (_, i) => `6281666${String(i).padStart(5, '0')}`);

async function say(waId: string, texts: string[]) {
  for (const text of texts) {
    const wamid = `wamid.flush-${waId}-${text}`;
    expect((await postWebhook(h.url, metaJson(textWebhook({ waId, wamid, text })))).status).toBe(200);
  }
}

const flushNow = async () => {
  await db.$executeRawUnsafe(`UPDATE pending_batches SET due_at = now() - interval '1 second'`);
  return flushDueBatches({ sql, messaging: h.channel.messaging });
};

const received = async () =>
  (
    await db.outboxEvent.findMany({
      where: { type: 'whatsapp.message.received' },
      orderBy: { createdAt: 'asc' },
    })
  ).map((e) => (e.envelope as unknown as EventEnvelope<'whatsapp.message.received'>).payload);

it('when 45 batches are due at once, then one flush publishes each once with its own pending messages in order', async () => {
  // A history first: these two citizens' earlier messages are dispatched before the new ones arrive.
  await say(citizens[0]!, ['lama-1', 'lama-2']);
  await say(citizens[1]!, ['lama-1']);
  expect(await flushNow()).toBe(2);

  for (let i = 0; i < citizens.length; i += 15)
    await Promise.all(citizens.slice(i, i + 15).map((waId) => say(waId, ['satu', 'dua'])));
  expect(await db.pendingBatch.count()).toBe(45);

  expect(await flushNow()).toBe(45);
  expect(await db.pendingBatch.count()).toBe(0);
  const events = await received();
  expect(events).toHaveLength(47);
  const byCitizen = new Map<string, string[][]>();
  for (const e of events)
    byCitizen.set(e.waId, [...(byCitizen.get(e.waId) ?? []), e.messages.map((m) => m.text ?? '')]);
  expect(byCitizen.get(citizens[0]!)).toEqual([
    ['lama-1', 'lama-2'],
    ['satu', 'dua'],
  ]);
  expect(byCitizen.get(citizens[1]!)).toEqual([['lama-1'], ['satu', 'dua']]);
  for (const waId of citizens.slice(2)) expect(byCitizen.get(waId)).toEqual([['satu', 'dua']]);
  expect(await db.message.count({ where: { status: 'pending' } })).toBe(0);
  expect(await db.message.count({ where: { status: 'dispatched' } })).toBe(93);
  expect(await flushNow()).toBe(0);
});
