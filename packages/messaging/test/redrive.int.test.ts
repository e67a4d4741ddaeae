// Redrive against the real broker: dead letters go back to their queue, with a fresh attempt count,
// and are processed; the command prints how many it moved.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, NonRetryableError, type Messaging } from '../src/index.ts';
import { BrokerFixture } from './support/broker.ts';
import { AMQP_URL } from './support/env.ts';
import { complaintCreated } from './support/events.ts';
import { testMessaging } from './support/messaging.ts';
import { waitFor } from './support/wait-for.ts';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const backoff = { baseMs: 50, factor: 2, maxMs: 100 };

describe('redrive', () => {
  let broker: BrokerFixture;
  let messaging: Messaging;

  beforeAll(async () => {
    broker = await BrokerFixture.create('redrive');
    messaging = testMessaging(broker);
    await messaging.start();
  });

  afterAll(async () => {
    await messaging?.close();
    await broker?.cleanup();
  });

  /** A consumer that dead-letters everything until `healed`, then records what it handles. */
  async function flakyConsumer(label: string) {
    const queue = broker.queue(label, { backoff, maxAttempts: 3 });
    const state = { healed: false, handled: [] as { id: string; attempt: number }[] };
    const consumer = await messaging.consume({
      queue,
      routingKeys: ['complaint.created'],
      backoff,
      maxAttempts: 3,
      handler: async (event, { attempt }) => {
        if (!state.healed) throw new NonRetryableError('the village is not configured yet');
        state.handled.push({ id: event.id, attempt });
      },
    });
    return { queue, state, consumer };
  }

  it('when dead letters are redriven while the consumer runs, then they return to the queue with a fresh attempt count and are processed', async () => {
    const { queue, state, consumer } = await flakyConsumer('function');
    const events = [complaintCreated(), complaintCreated(), complaintCreated()];
    for (const event of events) await messaging.publish(event);
    await waitFor(async () => (await broker.depth(`${queue}.dlq`)) === 3);
    state.healed = true;

    const result = await messaging.redrive(queue);

    expect(result).toEqual({ queue, moved: 3 });
    await waitFor(() => state.handled.length === 3);
    expect(state.handled.map((h) => h.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(state.handled.every((h) => h.attempt === 1)).toBe(true);
    expect(await broker.depth(`${queue}.dlq`)).toBe(0);
    await consumer.stop();
  });

  it('when a redriven message fails again, then it goes back to the DLQ once and the redrive does not loop', async () => {
    const { queue, consumer } = await flakyConsumer('loop');
    await messaging.publish(complaintCreated());
    await waitFor(async () => (await broker.depth(`${queue}.dlq`)) === 1);

    expect(await messaging.redrive(queue)).toEqual({ queue, moved: 1 });

    const [dead] = await broker.collect(`${queue}.dlq`, 1);
    expect(dead!.properties.headers).toMatchObject({
      [HEADERS.redriven]: 1,
      [HEADERS.reason]: 'non_retryable',
    });
    await consumer.stop();
  });

  it('when the redrive command runs with --limit, then it moves that many messages and prints the count', async () => {
    const { queue, consumer } = await flakyConsumer('cli');
    for (let i = 0; i < 3; i++) await broker.publishRaw('complaint.created', 'poison');
    await waitFor(async () => (await broker.depth(`${queue}.dlq`)) === 3);
    await consumer.stop(); // so the moved messages stay in the queue to be counted

    const { stdout } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['packages/messaging/src/redrive.cli.ts', queue, '--limit', '2'],
      { cwd: root, env: { ...process.env, AMQP_URL } },
    );

    expect(stdout.trim()).toBe(`moved 2 messages from ${queue}.dlq to ${queue}`);
    expect(await broker.depth(queue)).toBe(2);
    expect(await broker.depth(`${queue}.dlq`)).toBe(1);
  });

  it('when the queue was never declared, then the redrive command fails with a non-zero exit', async () => {
    const missing = broker.queue('never-declared');

    await expect(
      run(path.join(root, 'node_modules/.bin/tsx'), ['packages/messaging/src/redrive.cli.ts', missing], {
        cwd: root,
        env: { ...process.env, AMQP_URL },
      }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('redrive failed') });
  });
});
