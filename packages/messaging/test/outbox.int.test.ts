// The outbox against the real database and broker: written in the caller's transaction, relayed in
// order with confirms, and never published twice by concurrent relays.
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_ENVELOPE_ERROR_PREFIX, outboxInsertFrom, type Messaging } from '../src/index.ts';
import { BrokerFixture } from './support/broker.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { complaintCreated } from './support/events.ts';
import { metricValue, testMessaging } from './support/messaging.ts';
import { sleep, waitFor } from './support/wait-for.ts';

describe('outbox', () => {
  let broker: BrokerFixture;
  let database: TestDatabase;
  let messaging: Messaging;
  const requests = new AsyncLocalStorage<string>();

  beforeAll(async () => {
    [broker, database] = await Promise.all([BrokerFixture.create('outbox'), createTestDatabase()]);
    messaging = testMessaging(broker, { getCorrelationId: () => requests.getStore() });
    await messaging.start();
  });

  afterAll(async () => {
    await messaging?.close();
    await broker?.cleanup();
    await database?.drop();
  });

  const clearOutbox = () => database.prisma.outboxEvent.deleteMany();

  it('when an event is enqueued inside a transaction, then its row carries the request id as correlation id, and a rollback leaves no row', async () => {
    await clearOutbox();
    const payload = complaintCreated().payload;

    const committed = await requests.run('req-abc', () =>
      database.prisma.$transaction((tx) =>
        messaging.outbox.enqueue(tx, 'complaint.created', payload, { villageId: 'desa-sukamaju' }),
      ),
    );
    await expect(
      database.prisma.$transaction(async (tx) => {
        await messaging.outbox.enqueue(tx, 'complaint.created', payload, { villageId: 'desa-sukamaju' });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    const rows = await database.prisma.outboxEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: committed.id,
      type: 'complaint.created',
      villageId: 'desa-sukamaju',
      publishedAt: null,
      attempts: 0,
    });
    expect(rows[0]!.envelope).toEqual({ ...committed, correlationId: 'req-abc' });
  });

  it('when rows are pending, then the relay publishes them in the order they were written and marks them published', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const events = Array.from({ length: 12 }, () => complaintCreated());
    await database.prisma.$transaction(async (tx) => {
      for (const event of events) await messaging.outbox.write(tx, event);
    });
    const relay = messaging.createOutboxRelay({ db: database.prisma, batchSize: 5 });

    expect(await relay.relayPending()).toBe(12);

    const received = await broker.collect(probe, 12);
    expect(received.map((m) => m.properties.messageId)).toEqual(events.map((e) => e.id));
    expect(await database.prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
    expect(await metricValue(messaging, 'messaging_outbox_backlog')).toBe(0);
    expect(await relay.relayPending()).toBe(0);
  });

  it('when several events are enqueued in one statement, then each is stored whole and the relay publishes every one', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const payloads = Array.from({ length: 7 }, () => complaintCreated().payload);
    const envelopes = await database.prisma.$transaction((tx) =>
      messaging.outbox.enqueueMany(
        tx,
        payloads.map((payload) => ({
          type: 'complaint.created' as const,
          payload,
          meta: { villageId: 'desa-sukamaju' },
        })),
      ),
    );
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const rows = await database.prisma.outboxEvent.findMany();
    expect(rows.map((r) => r.envelope as { id: string }).sort(byId)).toEqual([...envelopes].sort(byId));

    const relay = messaging.createOutboxRelay({ db: database.prisma, batchSize: 3 });
    expect(await relay.relayPending()).toBe(7);
    const received = await broker.collect(probe, 7);
    expect(received.map((m) => m.properties.messageId).sort()).toEqual(envelopes.map((e) => e.id).sort());
  });

  it('when a row holds an envelope that no longer validates, then the relay parks it with the reason and publishes the rest', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const broken = complaintCreated();
    const fine = complaintCreated();
    await database.prisma.outboxEvent.create({
      data: {
        id: broken.id,
        type: broken.type,
        villageId: broken.villageId,
        envelope: { ...broken, payload: {} },
      },
    });
    await database.prisma.$transaction((tx) => messaging.outbox.write(tx, fine));
    const relay = messaging.createOutboxRelay({ db: database.prisma });

    expect(await relay.relayPending()).toBe(1);
    expect(await relay.relayPending()).toBe(0);

    const [received] = await broker.collect(probe, 1);
    expect(received!.properties.messageId).toBe(fine.id);
    const parked = await database.prisma.outboxEvent.findUniqueOrThrow({ where: { id: broken.id } });
    expect(parked.publishedAt).toBeNull();
    expect(parked.attempts).toBe(1);
    expect(parked.lastError).toMatch(
      new RegExp(`^${INVALID_ENVELOPE_ERROR_PREFIX} invalid complaint.created payload: complaintId`),
    );
    expect(await metricValue(messaging, 'messaging_outbox_backlog')).toBe(1);
  });

  it('when published rows outlive the retention, then they are deleted, and newer, pending and parked rows stay', async () => {
    await clearOutbox();
    const day = 24 * 3_600_000;
    const row = (publishedAgoMs: number | null, lastError?: string) => {
      const event = complaintCreated();
      return {
        id: event.id,
        type: event.type,
        villageId: event.villageId,
        envelope: event,
        publishedAt: publishedAgoMs === null ? null : new Date(Date.now() - publishedAgoMs),
        ...(lastError ? { lastError } : {}),
      };
    };
    // More than one statement's worth, so the purge has to go on past its first batch.
    const expired = Array.from({ length: 1_001 }, () => row(8 * day));
    const kept = [row(6 * day), row(null), row(null, `${INVALID_ENVELOPE_ERROR_PREFIX} broken`)];
    await database.prisma.outboxEvent.createMany({ data: [...expired, ...kept] });
    const relay = messaging.createOutboxRelay({ db: database.prisma, retentionMs: 7 * day });

    expect(await relay.purgePublished()).toBe(1_001);

    const left = await database.prisma.outboxEvent.findMany({ select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual(kept.map((r) => r.id).sort());

    // A running relay purges by itself, on its first pass and then every purgeIntervalMs.
    const late = row(8 * day);
    await database.prisma.outboxEvent.create({ data: late });
    const running = messaging.createOutboxRelay({
      db: database.prisma,
      retentionMs: 7 * day,
      intervalMs: 50,
    });
    running.start();
    try {
      await waitFor(async () => (await database.prisma.outboxEvent.count({ where: { id: late.id } })) === 0);
    } finally {
      await running.stop();
    }
  });

  it('when two relays (two replicas, each with its own pool) work the same outbox, then each row is published exactly once', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const events = Array.from({ length: 120 }, () => complaintCreated());
    await database.prisma.$transaction(async (tx) => {
      for (const event of events) await messaging.outbox.write(tx, event);
    });
    const replica = testMessaging(broker);
    await replica.start();
    try {
      const relayA = messaging.createOutboxRelay({ db: database.prisma, batchSize: 10 });
      const relayB = replica.createOutboxRelay({ db: database.newClient(), batchSize: 10 });

      const [byA, byB] = await Promise.all([relayA.relayPending(), relayB.relayPending()]);

      expect(byA + byB).toBe(120);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      const received = await broker.collect(probe, 120);
      await expect(broker.collect(probe, 1, 300)).rejects.toThrow('timed out');
      expect(new Set(received.map((m) => m.properties.messageId)).size).toBe(120);
    } finally {
      await replica.close();
    }
  });

  it('when started and kicked after a commit, then the relay publishes without waiting for its interval', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const relay = messaging.createOutboxRelay({ db: database.prisma, intervalMs: 60_000 });
    relay.start();
    try {
      await sleep(100); // the pass start() runs at once has found nothing and the relay now idles
      const event = complaintCreated();
      await database.prisma.$transaction((tx) => messaging.outbox.write(tx, event));
      relay.kick();

      const [received] = await broker.collect(probe, 1, 2_000);
      expect(received!.properties.messageId).toBe(event.id);
    } finally {
      await relay.stop();
    }
  });

  it('when a statement of the caller writes only some built envelopes (outboxInsertFrom), then exactly those are stored and relayed', async () => {
    await clearOutbox();
    const probe = await broker.probe('complaint.created');
    const [kept, skipped] = messaging.outbox.build(
      [complaintCreated(), complaintCreated()].map((e) => ({
        type: 'complaint.created' as const,
        payload: e.payload,
        meta: { villageId: 'desa-sukamaju' },
      })),
    );
    await database.prisma.$executeRawUnsafe(
      `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(keep boolean, envelope jsonb))
       ${outboxInsertFrom('input WHERE keep')}`,
      JSON.stringify([
        { keep: true, envelope: kept },
        { keep: false, envelope: skipped },
      ]),
    );
    const rows = await database.prisma.outboxEvent.findMany();
    expect(rows.map((r) => [r.id, r.type, r.villageId, r.envelope])).toEqual([
      [kept!.id, 'complaint.created', 'desa-sukamaju', kept],
    ]);
    const relay = messaging.createOutboxRelay({ db: database.prisma });
    expect(await relay.relayPending()).toBe(1);
    const [received] = await broker.collect(probe, 1);
    expect(received!.properties.messageId).toBe(kept!.id);
  });

  it('when the relay runs on its schedule, then it counts the backlog at most every backlogIntervalMs; relayPending always counts', async () => {
    await clearOutbox();
    const relay = messaging.createOutboxRelay({
      db: database.prisma,
      intervalMs: 20,
      backlogIntervalMs: 60_000,
    });
    relay.start();
    try {
      await sleep(200); // the first pass counted an empty outbox
      expect(await metricValue(messaging, 'messaging_outbox_backlog')).toBe(0);
      // A parked row stays unpublished; many passes run meanwhile without counting it.
      const broken = complaintCreated();
      await database.prisma.outboxEvent.create({
        data: {
          id: broken.id,
          type: broken.type,
          villageId: broken.villageId,
          envelope: { ...broken, payload: {} },
        },
      });
      await sleep(300);
      expect(await metricValue(messaging, 'messaging_outbox_backlog')).toBe(0);
    } finally {
      await relay.stop();
    }
    expect(await relay.relayPending()).toBe(0);
    expect(await metricValue(messaging, 'messaging_outbox_backlog')).toBe(1);
  });
});
