// Broker outages, played with a TCP proxy between the client and the shared broker: the relay and
// the consumers come back by themselves, and nothing is lost or applied twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Messaging } from '../src/index.ts';
import { BrokerFixture } from './support/broker.ts';
import { createTestDatabase, effectCounts, type TestDatabase } from './support/database.ts';
import { AMQP_URL } from './support/env.ts';
import { complaintCreated } from './support/events.ts';
import { metricValue, testMessaging } from './support/messaging.ts';
import { TcpProxy } from './support/tcp-proxy.ts';
import { sleep, waitFor } from './support/wait-for.ts';

describe('broker outage', () => {
  let broker: BrokerFixture;
  let database: TestDatabase;
  let proxy: TcpProxy;
  let direct: Messaging;
  let proxied: Messaging;

  beforeAll(async () => {
    [broker, database] = await Promise.all([BrokerFixture.create('outage'), createTestDatabase()]);
    const target = new URL(AMQP_URL);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5672) });
    direct = testMessaging(broker);
    await direct.start();
  });

  beforeEach(async () => {
    proxied = testMessaging(broker, { url: proxy.url(AMQP_URL) });
    await proxied.start();
    return async () => {
      proxy.restore();
      await proxied.close();
    };
  });

  afterAll(async () => {
    await direct?.close();
    await proxy?.close();
    await broker?.cleanup();
    await database?.drop();
  });

  it('when outbox rows are written while the broker is unreachable, then the relay publishes them once it is back, each applied exactly once', async () => {
    const queue = broker.queue('outbox-drain');
    const consumer = await direct.consume({
      queue,
      routingKeys: ['complaint.created'],
      db: database.prisma,
      handler: async (event, { tx }) => {
        await tx.testEffect.create({ data: { eventId: event.id, note: queue } });
      },
    });
    const relay = proxied.createOutboxRelay({
      db: database.prisma,
      intervalMs: 50,
      backoff: { baseMs: 50, maxMs: 200 },
    });
    relay.start();

    proxy.cut();
    await waitFor(() => !proxied.isConnected(), { what: 'the relay to notice the outage' });
    const events = Array.from({ length: 10 }, () => complaintCreated());
    for (const event of events) {
      await database.prisma.$transaction((tx) => proxied.outbox.write(tx, event));
      relay.kick();
    }
    await sleep(300);
    expect(await database.prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(10);

    proxy.restore();

    await waitFor(async () => (await effectCounts(database.prisma, queue)).size === events.length, {
      what: 'every event to be applied',
    });
    await relay.stop();
    await sleep(200); // a duplicate would arrive now
    await consumer.stop();
    const counts = await effectCounts(database.prisma, queue);
    expect(events.map((e) => counts.get(e.id))).toEqual(events.map(() => 1));
    expect(
      await database.prisma.outboxEvent.count({
        where: { id: { in: events.map((e) => e.id) }, publishedAt: null },
      }),
    ).toBe(0);
  });

  it('when the connection drops mid-stream, then the consumer resumes after reconnecting without losing or duplicating effects', async () => {
    const queue = broker.queue('reconnect');
    await proxied.consume({
      queue,
      routingKeys: ['complaint.created'],
      prefetch: 5,
      db: database.prisma,
      handler: async (event, { tx }) => {
        await tx.testEffect.create({ data: { eventId: event.id, note: queue } });
        await sleep(5);
      },
    });
    const events = Array.from({ length: 60 }, () => complaintCreated());

    for (const event of events.slice(0, 30)) await direct.publish(event);
    await waitFor(
      async () => (await metricValue(proxied, 'messaging_consumed_total', { queue, outcome: 'ok' })) >= 5,
    );
    proxy.cut();
    for (const event of events.slice(30)) await direct.publish(event);
    await sleep(200);
    expect(proxied.isConnected()).toBe(false);
    proxy.restore();

    await waitFor(async () => (await effectCounts(database.prisma, queue)).size === events.length, {
      what: 'every event to be applied',
    });
    expect(proxied.isConnected()).toBe(true);
    await sleep(200); // a duplicate would arrive now
    const counts = await effectCounts(database.prisma, queue);
    expect(events.map((e) => counts.get(e.id))).toEqual(events.map(() => 1));
    expect(await broker.depth(`${queue}.dlq`)).toBe(0);
  });
});
