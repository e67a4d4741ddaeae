// The system a citizen talks to, started in-process for a test: the WhatsApp simulator, the real
// channel-service, ai-service and case-service (each on a throwaway database of its own), all on
// the real RabbitMQ under one exchange of the test's own.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import type { Env } from '@govconnect/service-kit';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { startSimulator, type RunningSimulator } from '@govconnect/wa-simulator';
import amqp from 'amqplib';
import net from 'node:net';
import { startCaseService } from '../../case-service/src/app.ts';
import { loadCaseConfig } from '../../case-service/src/config.ts';
import { startChannelService } from '../../channel-service/src/app.ts';
import { channelQueue } from '../../channel-service/src/consumers/channel.consumers.ts';
import { loadChannelConfig } from '../../channel-service/src/config.ts';
import { seedDemoVillage } from '../../channel-service/src/use-cases/seed-demo-village.ts';
import { startAiService } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';
import { aiQueue } from '../src/consumers/ai.consumers.ts';
import { localEmbeddingModel } from '../src/knowledge/local-embedding.ts';
import { seedDemoKnowledge } from '../src/use-cases/seed-demo-knowledge.ts';

export const KEY = 'test-internal-key';
const APP_SECRET = 'test-app-secret';
const ACCESS_TOKEN = 'test-access-token';
export const RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export type RunningAi = Awaited<ReturnType<typeof startAiService>>;
export type RunningCase = Awaited<ReturnType<typeof startCaseService>>;
export type RunningChannel = Awaited<ReturnType<typeof startChannelService>>;

export interface InboxItem {
  wamid: string;
  type: string;
  text: string;
  at: string;
  status: string;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON freely
export async function api<T = any>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-internal-api-key': KEY },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

async function waitReady(url: string): Promise<void> {
  const res = await eventually(
    () => fetch(`${url}/ready`),
    (r) => r.ok,
    30_000,
  );
  if (!res.ok) throw new Error(`${url} not ready: ${await res.text()}`);
}

export interface System {
  topology: { exchange: string; deadLetterExchange: string };
  sim: RunningSimulator;
  channel: RunningChannel;
  ai: RunningAi;
  cases: RunningCase;
  /** The case service's port (fixed, so it can be stopped and started again on it). */
  casePort: number;
  startCases(): Promise<RunningCase>;
  citizenSays(waId: string, body: Record<string, unknown>): Promise<{ wamid: string }>;
  inbox(waId: string): Promise<InboxItem[]>;
  /** Sends one message and waits for the inbox to grow by one reply; returns that reply. */
  converse(waId: string, body: Record<string, unknown>): Promise<InboxItem>;
  stop(): Promise<void>;
}

export async function startSystem(name: string, env: { ai?: Env; channel?: Env } = {}): Promise<System> {
  const topology = testExchanges(`ai-${name}`);
  const messaging = { topology };
  const dbs: TestDatabase[] = [];
  const db = async (suffix: string) => {
    const d = await createTestDatabase(`ai_${name}_${suffix}`);
    dbs.push(d);
    return d;
  };
  const caseDb = await db('case');
  const casePort = await freePort();
  const startCases = () =>
    startCaseService(loadCaseConfig(testEnv(caseDb.url, { INTERNAL_API_KEY: KEY, PORT: String(casePort) })), {
      messaging,
    });
  let cases = await startCases();

  const aiDb = await db('ai');
  const ai = await startAiService(
    loadAiConfig(
      testEnv(aiDb.url, {
        INTERNAL_API_KEY: KEY,
        CASE_SERVICE_URL: `http://127.0.0.1:${casePort}`,
        CASE_SERVICE_TIMEOUT_MS: '2000',
        NLU_ENGINE: 'local',
        EMBEDDING_MODEL: 'local',
        ...env.ai,
      }),
    ),
    { messaging },
  );
  await seedDemoKnowledge({ db: ai.db, embeddings: localEmbeddingModel });

  const channelPort = await freePort();
  const sim = await startSimulator({
    webhookUrl: `http://127.0.0.1:${channelPort}/webhook/whatsapp`,
    appSecret: APP_SECRET,
    accessToken: ACCESS_TOKEN,
    statusDelayMs: 20,
  });
  const channelDb = await db('channel');
  const channel = await startChannelService(
    loadChannelConfig(
      testEnv(channelDb.url, {
        PORT: String(channelPort),
        INTERNAL_API_KEY: KEY,
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
        GRAPH_API_BASE_URL: sim.url,
        BATCH_WINDOW_MS: '0',
        BATCH_FLUSH_INTERVAL_MS: '50',
        SEND_RETRY_BASE_MS: '20',
        ...env.channel,
      }),
    ),
    { messaging },
  );
  await seedDemoVillage(channel.db);
  await Promise.all([cases.url, ai.url, channel.url].map(waitReady));
  await waitForQueues([
    aiQueue(ai.messaging, 'messages'),
    aiQueue(ai.messaging, 'takeovers'),
    channelQueue(channel.messaging, 'ai-replies'),
    channelQueue(channel.messaging, 'handoffs'),
  ]);

  const simJson = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${sim.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json' },
    });
    if (!res.ok) throw new Error(`simulator ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const inbox = (waId: string) => simJson<InboxItem[]>(`/simulator/citizens/${waId}/inbox`);
  const citizenSays = (waId: string, body: Record<string, unknown>) =>
    simJson<{ wamid: string }>(`/simulator/citizens/${waId}/messages`, {
      method: 'POST',
      body: JSON.stringify(body),
    });

  return {
    topology,
    sim,
    channel,
    ai,
    get cases() {
      return cases;
    },
    casePort,
    async startCases() {
      cases = await startCases();
      return cases;
    },
    citizenSays,
    inbox,
    async converse(waId, body) {
      const before = (await inbox(waId)).length;
      await citizenSays(waId, body);
      const after = await eventually(
        () => inbox(waId),
        (items) => items.length > before,
      );
      if (after.length <= before) throw new Error(`no reply to ${JSON.stringify(body)}`);
      return after[after.length - 1]!;
    },
    async stop() {
      await channel.stop();
      await ai.stop();
      await cases.stop().catch(() => undefined);
      await sim.stop();
      await deleteQueues(topology, [
        aiQueue(ai.messaging, 'messages'),
        aiQueue(ai.messaging, 'takeovers'),
        channelQueue(channel.messaging, 'ai-replies'),
        channelQueue(channel.messaging, 'handoffs'),
      ]);
      for (const d of dbs) await d.drop();
    },
  };
}

async function waitForQueues(queues: string[]): Promise<void> {
  const connection = await amqp.connect(RABBITMQ_URL);
  try {
    for (const q of queues) {
      await eventually(
        async () => {
          const ch = await connection.createChannel();
          ch.on('error', () => undefined);
          try {
            await ch.checkQueue(q);
            await ch.close();
            return true;
          } catch {
            return false;
          }
        },
        (ok) => ok,
        15_000,
      );
    }
  } finally {
    await connection.close();
  }
}

/** Publishes an envelope straight to the test's exchange, as a relay would (a redelivery, say). */
export async function publishRaw(exchange: string, envelope: { type: string }): Promise<void> {
  const connection = await amqp.connect(RABBITMQ_URL);
  try {
    const ch = await connection.createConfirmChannel();
    ch.publish(exchange, envelope.type, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      contentType: 'application/json',
    });
    await ch.waitForConfirms();
  } finally {
    await connection.close();
  }
}

async function deleteQueues(topology: System['topology'], queues: string[]): Promise<void> {
  const connection = await amqp.connect(RABBITMQ_URL);
  try {
    const ch = await connection.createChannel();
    for (const queue of queues)
      for (const q of [
        queue,
        `${queue}.dlq`,
        ...[1000, 4000, 16000, 60000].map((d) => `${queue}.retry.${d}ms`),
      ])
        await ch.deleteQueue(q);
    await ch.deleteExchange(topology.exchange);
    await ch.deleteExchange(topology.deadLetterExchange);
  } finally {
    await connection.close();
  }
}
