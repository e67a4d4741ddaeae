// Consumers against the real broker and database: retries with backoff, dead letters, idempotency
// and poison messages.
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  HEADERS,
  NonRetryableError,
  type ConsumeOptions,
  type Consumer,
  type Messaging,
  type RunInContext,
  type SqlClient,
} from '../src/index.ts';
import { BrokerFixture } from './support/broker.ts';
import { createTestDatabase, effectCounts, type TestDatabase } from './support/database.ts';
import { complaintCreated } from './support/events.ts';
import { metricValue, testMessaging } from './support/messaging.ts';
import { sleep, waitFor } from './support/wait-for.ts';

const backoff = { baseMs: 50, factor: 2, maxMs: 200 };
const maxAttempts = 4;

describe('consumer', () => {
  let broker: BrokerFixture;
  let database: TestDatabase;
  let messaging: Messaging;
  const context = new AsyncLocalStorage<{ requestId: string; villageId?: string }>();
  const runInContext: RunInContext = (ctx, fn) => context.run(ctx, fn);

  beforeAll(async () => {
    [broker, database] = await Promise.all([BrokerFixture.create('consumer'), createTestDatabase()]);
    messaging = testMessaging(broker, { runInContext });
    await messaging.start();
  });

  // Every test's queue is bound to complaint.created on the same exchange: stop each test's
  // consumer so it does not handle the next test's events.
  const running: Consumer<SqlClient | undefined>[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
  });
  async function consume<TTx extends SqlClient | undefined = undefined, K extends string = string>(
    options: ConsumeOptions<TTx, K>,
  ): Promise<Consumer<TTx, K>> {
    const consumer = await messaging.consume(options);
    running.push(consumer as unknown as Consumer<SqlClient | undefined>);
    return consumer;
  }

  afterAll(async () => {
    await messaging?.close();
    await broker?.cleanup();
    await database?.drop();
  });

  it('when a handler always throws, then it is tried exactly maxAttempts times and the message ends in the DLQ with the error in its headers', async () => {
    const queue = broker.queue('always-fails', { backoff, maxAttempts });
    const attempts: number[] = [];
    await consume({
      queue,
      routingKeys: ['complaint.created'],
      backoff,
      maxAttempts,
      handler: async (_event, { attempt }) => {
        attempts.push(attempt);
        throw new Error('the notification provider is down');
      },
    });
    const event = complaintCreated();

    await messaging.publish(event);

    const [dead] = await broker.collect(`${queue}.dlq`, 1);
    await sleep(300); // longer than any retry delay: a further attempt would show
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(dead!.properties.messageId).toBe(event.id);
    expect(JSON.parse(dead!.content.toString('utf8'))).toEqual(event);
    expect(dead!.properties.headers).toMatchObject({
      [HEADERS.reason]: 'max_attempts',
      [HEADERS.error]: 'Error: the notification provider is down',
      [HEADERS.attempts]: maxAttempts,
      [HEADERS.queue]: queue,
    });
    expect(await metricValue(messaging, 'messaging_retried_total', { queue })).toBe(maxAttempts - 1);
    expect(
      await metricValue(messaging, 'messaging_dead_lettered_total', { queue, reason: 'max_attempts' }),
    ).toBe(1);
    expect(await broker.depth(queue)).toBe(0);
  });

  it('when a handler fails twice and then succeeds, then its effect is applied once, with the failed attempts rolled back', async () => {
    const queue = broker.queue('fails-twice', { backoff, maxAttempts });
    await consume({
      queue,
      routingKeys: ['complaint.created'],
      backoff,
      maxAttempts,
      db: database.prisma,
      handler: async (event, { tx, attempt }) => {
        await tx.testEffect.create({ data: { eventId: event.id, note: `attempt ${attempt}` } });
        if (attempt <= 2) throw new Error(`transient failure ${attempt}`);
      },
    });
    const event = complaintCreated();

    await messaging.publish(event);

    await waitFor(
      async () => (await metricValue(messaging, 'messaging_consumed_total', { queue, outcome: 'ok' })) === 1,
    );
    const effects = await database.prisma.testEffect.findMany({ where: { eventId: event.id } });
    expect(effects.map((e) => e.note)).toEqual(['attempt 3']);
    expect(await metricValue(messaging, 'messaging_retried_total', { queue })).toBe(2);
    expect(await broker.depth(`${queue}.dlq`)).toBe(0);
  });

  it('when the same event is delivered twice, then its effect exists once and the duplicate is counted', async () => {
    const queue = broker.queue('duplicates');
    await consume({
      queue,
      routingKeys: ['complaint.created'],
      db: database.prisma,
      handler: async (event, { tx }) => {
        await tx.testEffect.create({ data: { eventId: event.id, note: queue } });
        await sleep(20); // both copies are in flight at once: the second waits on the first's marker
      },
    });
    const event = complaintCreated();

    await Promise.all([messaging.publish(event), messaging.publish(event)]);

    await waitFor(
      async () =>
        (await metricValue(messaging, 'messaging_consumed_total', { queue, outcome: 'duplicate' })) === 1,
    );
    expect(await metricValue(messaging, 'messaging_consumed_total', { queue, outcome: 'ok' })).toBe(1);
    expect((await effectCounts(database.prisma, queue)).get(event.id)).toBe(1);
  });

  it('when poison messages (not JSON, an invalid envelope) arrive, then they go to the DLQ and valid messages behind them are processed', async () => {
    const queue = broker.queue('poison');
    const handled: string[] = [];
    await consume({
      queue,
      routingKeys: ['complaint.created'],
      prefetch: 1, // one at a time: a poison message that blocked the queue would stall the rest
      handler: async (event) => {
        handled.push(event.id);
      },
    });
    const valid = [complaintCreated(), complaintCreated()];

    await broker.publishRaw('complaint.created', '{"this is": not json', { messageId: 'poison-1' });
    await broker.publishRaw('complaint.created', JSON.stringify({ ...valid[0], id: 'not-a-uuid' }), {
      messageId: 'poison-2',
    });
    for (const event of valid) await messaging.publish(event);

    await waitFor(() => handled.length === 2);
    expect(handled).toEqual(valid.map((e) => e.id));
    const dead = await broker.collect(`${queue}.dlq`, 2);
    expect(dead.map((m) => [m.properties.messageId, m.properties.headers?.[HEADERS.reason]])).toEqual([
      ['poison-1', 'unparseable'],
      ['poison-2', 'invalid_envelope'],
    ]);
    expect(String(dead[1]!.properties.headers?.[HEADERS.error])).toContain('id');
    expect(await metricValue(messaging, 'messaging_consumed_total', { queue, outcome: 'invalid' })).toBe(2);
  });

  it('when a handler throws NonRetryableError, then the message goes straight to the DLQ', async () => {
    const queue = broker.queue('non-retryable', { backoff, maxAttempts });
    let calls = 0;
    await consume({
      queue,
      routingKeys: ['complaint.created'],
      backoff,
      maxAttempts,
      handler: async () => {
        calls++;
        throw new NonRetryableError('complaint belongs to no known village');
      },
    });

    await messaging.publish(complaintCreated());

    const [dead] = await broker.collect(`${queue}.dlq`, 1);
    expect(calls).toBe(1);
    expect(dead!.properties.headers?.[HEADERS.reason]).toBe('non_retryable');
  });

  it('when an event is handled, then the handler runs with its correlation id and village as the request context', async () => {
    const queue = broker.queue('context');
    const seen: unknown[] = [];
    await consume({
      queue,
      routingKeys: ['complaint.*'],
      handler: async (event) => {
        seen.push({ ctx: context.getStore(), type: event.type });
      },
    });
    const event = complaintCreated({ correlationId: 'req-from-the-webhook' });

    await messaging.publish(event);

    await waitFor(() => seen.length === 1);
    expect(seen[0]).toEqual({
      ctx: { requestId: 'req-from-the-webhook', villageId: 'desa-sukamaju' },
      type: 'complaint.created',
    });
  });

  it('when messages wait in a queue and its DLQ, then the depth gauges report them on scrape', async () => {
    const queue = broker.queue('depth');
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await consume({ queue, routingKeys: ['complaint.created'], prefetch: 1, handler: () => gate });

    await broker.publishRaw('complaint.created', 'poison');
    for (let i = 0; i < 3; i++) await messaging.publish(complaintCreated());

    try {
      // One valid message is held by the handler; the other two wait in the queue.
      await waitFor(async () => {
        messaging.metrics.invalidateDepths();
        await messaging.metrics.refreshDepths();
        const ready = await metricValue(messaging, 'messaging_queue_depth', { queue });
        const dead = await metricValue(messaging, 'messaging_dlq_depth', { queue });
        return ready === 2 && dead === 1;
      });
    } finally {
      release();
    }
  });
});
