// Every webhook in ../shared/testdata/whatsapp (Meta's own examples and pywa's captured envelopes)
// is accepted, stored once however often it is replayed, and mapped to the right type.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { createVillageRepository } from '../src/repositories/village.repository.ts';
import { metaJson, postWebhook, startHarness, TESTDATA_DIR, type Harness } from './channel-harness.ts';

type Payload = { entry: { changes: { field: string; value: Record<string, unknown> }[] }[] };
type Msg = { id: string; type?: string };

function fixtures(): [string, Payload][] {
  const meta = JSON.parse(
    readFileSync(path.join(TESTDATA_DIR, 'meta-openapi-webhook-examples.json'), 'utf8'),
  ) as Record<string, Payload>;
  const all: [string, Payload][] = Object.entries(meta).map(([name, p]) => [`meta: ${name}`, p]);
  for (const file of readdirSync(path.join(TESTDATA_DIR, 'pywa')).sort()) {
    const cases = JSON.parse(readFileSync(path.join(TESTDATA_DIR, 'pywa', file), 'utf8')) as Record<
      string,
      Payload
    >;
    for (const [name, p] of Object.entries(cases)) all.push([`pywa ${file}: ${name}`, p]);
  }
  return all;
}

const values = (p: Payload) =>
  p.entry.flatMap((e) => e.changes.filter((c) => c.field === 'messages').map((c) => c.value));
const messagesOf = (p: Payload) => values(p).flatMap((v) => (v.messages as Msg[] | undefined) ?? []);
const statusesOf = (p: Payload) =>
  values(p).flatMap((v) => (v.statuses as { id: string; status: string }[] | undefined) ?? []);

/** Empties the tables between cases. The service's background workers may hold a lock on one of them
 * at that moment, and PostgreSQL may then pick the TRUNCATE as a deadlock victim: it is tried again. */
async function emptyTables(db: Db, attempt = 1): Promise<void> {
  try {
    await db.$executeRawUnsafe(
      'TRUNCATE media, messages, conversations, message_status_events, outbox_events, pending_batches',
    );
  } catch (err) {
    if (attempt >= 5 || !String(err).includes('deadlock')) throw err;
    await new Promise((r) => setTimeout(r, 50 * attempt));
    await emptyTables(db, attempt + 1);
  }
}

const available = existsSync(TESTDATA_DIR);
if (!available) console.warn(`skipping the WhatsApp fixture tests: ${TESTDATA_DIR} is absent`);

describe.skipIf(!available)('WhatsApp testdata fixtures', () => {
  let h: Harness;
  let db: Db;

  beforeAll(async () => {
    h = await startHarness('fixtures', { BATCH_WINDOW_MS: '0' });
    db = createPrismaClient(h.database.url);
    const numbers = new Set(
      fixtures().flatMap(([, p]) =>
        values(p).map((v) => (v.metadata as { phone_number_id: string }).phone_number_id),
      ),
    );
    let n = 0;
    for (const phoneNumberId of numbers)
      await createVillageRepository(db).upsert({ id: `fixture-${++n}`, name: `Fixture ${n}`, phoneNumberId });
  });

  afterAll(async () => {
    await db?.$disconnect();
    await h?.stop();
  });

  it('when the fixtures are loaded, then there are Meta examples and pywa envelopes with messages and statuses', () => {
    const all = fixtures();
    expect(all.length).toBeGreaterThanOrEqual(16 + 30);
    expect(all.flatMap(([, p]) => statusesOf(p)).map((s) => s.status)).toEqual(
      expect.arrayContaining(['sent', 'delivered', 'read', 'failed']),
    );
  });

  it.each(fixtures())(
    'when %s is delivered three times, then it is acknowledged each time and stored once with its type',
    async (_name, payload) => {
      await emptyTables(db);
      const body = metaJson(payload);
      for (let i = 0; i < 3; i++) expect((await postWebhook(h.url, body)).status).toBe(200);

      const expected = messagesOf(payload);
      const rows = await db.message.findMany({ select: { wamid: true, type: true, direction: true } });
      expect(rows).toHaveLength(new Set(expected.map((m) => m.id)).size);
      for (const m of expected)
        expect(rows).toContainEqual({ wamid: m.id, type: m.type, direction: 'inbound' });

      const statuses = statusesOf(payload);
      expect(await db.messageStatusEvent.count()).toBe(
        new Set(statuses.map((s) => `${s.id}/${s.status}`)).size,
      );
      // Events: one whatsapp.message.received per conversation with messages for the AI, one status event each.
      const events = await db.outboxEvent.findMany({ select: { type: true } });
      expect(events.filter((e) => e.type === 'whatsapp.message.status')).toHaveLength(
        statuses.filter((s) => ['sent', 'delivered', 'read', 'failed'].includes(s.status)).length,
      );
      expect(events.filter((e) => e.type === 'whatsapp.message.received').length).toBeLessThanOrEqual(
        expected.length,
      );
    },
  );
});
