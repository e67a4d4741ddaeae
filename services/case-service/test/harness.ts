// Test harness: the case service on a throwaway database and its own exchanges, an HTTP client
// for its internal API, and a real queue bound to the test exchange that collects published events.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import amqp from 'amqplib';
import { startCaseService } from '../src/app.ts';
import { loadCaseConfig } from '../src/config.ts';

export const INTERNAL_KEY = 'test-internal-key';
const RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface Envelope {
  id: string;
  type: string;
  villageId: string;
  payload: Record<string, unknown>;
}

export interface Harness {
  url: string;
  db: TestDatabase;
  clock: { now: Date | null };
  events: Envelope[];
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  waitForEvents(predicate: (e: Envelope) => boolean, count: number, timeoutMs?: number): Promise<Envelope[]>;
  stop(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read JSON freely
}

export async function startHarness(name: string, extraEnv: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase(`case_${name}`);
  const topology = testExchanges(`case-${name}`);
  const clock: { now: Date | null } = { now: null };
  const running = await startCaseService(
    loadCaseConfig(testEnv(db.url, { INTERNAL_API_KEY: INTERNAL_KEY, ...extraEnv })),
    { messaging: { topology }, now: () => clock.now ?? new Date() },
  );
  const connection = await amqp.connect(RABBITMQ_URL);
  const channel = await connection.createChannel();
  await channel.assertExchange(topology.exchange, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, topology.exchange, 'complaint.#');
  const events: Envelope[] = [];
  await channel.consume(queue, (msg) => {
    if (!msg) return;
    events.push(JSON.parse(msg.content.toString()) as Envelope);
    channel.ack(msg);
  });

  return {
    url: running.url,
    db,
    clock,
    events,
    async api(method, path, body, headers = {}) {
      const res = await fetch(`${running.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-internal-api-key': INTERNAL_KEY, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
    async waitForEvents(predicate, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hits = events.filter(predicate);
        if (hits.length >= count || Date.now() > deadline) return hits;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await running.stop();
      await channel.deleteExchange(topology.exchange).catch(() => undefined);
      await channel.deleteExchange(topology.deadLetterExchange).catch(() => undefined);
      await connection.close();
      await db.drop();
    },
  };
}

/** A valid creation body; override what the test is about. */
export function complaintBody(overrides: Record<string, unknown> = {}) {
  return {
    villageId: 'desa-sukamaju',
    reporter: { waId: '6281234567890', name: 'Budi' },
    category: 'jalan_rusak',
    description: 'Jalan di depan balai desa berlubang besar',
    address: 'Jl. Merdeka No. 1, RT 02',
    ...overrides,
  };
}
