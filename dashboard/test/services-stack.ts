// The services the dashboard calls, started in-process for the end-to-end test the way their own
// tests start them: case-service, ai-service, channel-service and notification-service (each on a
// throwaway database) on
// the real RabbitMQ under exchanges of the test's own, and the WhatsApp simulator playing Meta.
import { createEnvelope, type EventPayload, type EventType } from '@govconnect/contracts';
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { startSimulator, type RunningSimulator } from '@govconnect/wa-simulator';
import amqp from 'amqplib';
import net from 'node:net';
import { startAiService } from '../../services/ai-service/src/app.ts';
import { loadAiConfig } from '../../services/ai-service/src/config.ts';
import { startCaseService } from '../../services/case-service/src/app.ts';
import { loadCaseConfig } from '../../services/case-service/src/config.ts';
import { startChannelService } from '../../services/channel-service/src/app.ts';
import { loadChannelConfig } from '../../services/channel-service/src/config.ts';
import { seedDemoVillage } from '../../services/channel-service/src/use-cases/seed-demo-village.ts';
import { startNotificationService } from '../../services/notification-service/src/app.ts';
import { loadNotificationConfig } from '../../services/notification-service/src/config.ts';

export const KEY = 'e2e-internal-key';
const APP_SECRET = 'e2e-app-secret';
const ACCESS_TOKEN = 'e2e-access-token';
const RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export interface ServicesStack {
  caseUrl: string;
  channelUrl: string;
  aiUrl: string;
  notificationUrl: string;
  sim: RunningSimulator;
  exchange: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read service JSON freely
  internal<T = any>(
    base: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  citizenSays(waId: string, body: Record<string, unknown>): Promise<{ wamid: string }>;
  citizenInbox(waId: string): Promise<{ wamid: string; type: string; text: string; status: string }[]>;
  /** Publishes an event on the test's exchange as its producer would (e.g. ai-service's handoff request). */
  publish<T extends EventType>(type: T, payload: EventPayload<T>, villageId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startServicesStack(name: string): Promise<ServicesStack> {
  const topology = testExchanges(`dash-${name}`);
  const messaging = { topology };
  const dbs: TestDatabase[] = [];
  const db = async (suffix: string) => {
    const d = await createTestDatabase(`dash_${name}_${suffix}`);
    dbs.push(d);
    return d;
  };
  const caseDb = await db('case');
  const cases = await startCaseService(loadCaseConfig(testEnv(caseDb.url, { INTERNAL_API_KEY: KEY })), {
    messaging,
  });

  const aiDb = await db('ai');
  const ai = await startAiService(
    loadAiConfig(
      testEnv(aiDb.url, { INTERNAL_API_KEY: KEY, CASE_SERVICE_URL: cases.url, NLU_ENGINE: 'local' }),
    ),
    { messaging },
  );

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
        SEND_RETRY_BASE_MS: '20',
      }),
    ),
    { messaging },
  );
  await seedDemoVillage(channel.db);

  const notificationDb = await db('notification');
  const notification = await startNotificationService(
    loadNotificationConfig(
      testEnv(notificationDb.url, {
        INTERNAL_API_KEY: KEY,
        CHANNEL_SERVICE_URL: channel.url,
        NOTIFY_RETRY_BASE_MS: '50',
        PAIR_INTERVAL_MS: '100',
        DISPATCH_INTERVAL_MS: '50',
      }),
    ),
    { messaging },
  );
  // Its queues must exist before case-service publishes the first complaint event.
  const readyBy = Date.now() + 20_000;
  while (
    (await fetch(`${notification.url}/ready`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (Date.now() > readyBy) throw new Error('notification-service did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }

  const simJson = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${sim.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json' },
    });
    if (!res.ok) throw new Error(`simulator ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  return {
    caseUrl: cases.url,
    channelUrl: channel.url,
    aiUrl: ai.url,
    notificationUrl: notification.url,
    sim,
    exchange: topology.exchange,
    async internal(base, method, path, body) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-internal-api-key': KEY },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    citizenSays: (waId, body) =>
      simJson(`/simulator/citizens/${waId}/messages`, { method: 'POST', body: JSON.stringify(body) }),
    citizenInbox: (waId) => simJson(`/simulator/citizens/${waId}/inbox`),
    async publish(type, payload, villageId) {
      const envelope = createEnvelope(type, payload, { villageId, correlationId: `e2e-${Date.now()}` });
      const connection = await amqp.connect(RABBITMQ_URL);
      try {
        const ch = await connection.createConfirmChannel();
        ch.publish(topology.exchange, type, Buffer.from(JSON.stringify(envelope)), {
          persistent: true,
          contentType: 'application/json',
        });
        await ch.waitForConfirms();
      } finally {
        await connection.close();
      }
    },
    async stop() {
      await notification.stop();
      await channel.stop();
      await ai.stop();
      await cases.stop();
      await sim.stop();
      await deleteTopology(topology);
      for (const d of dbs) await d.drop();
    },
  };
}

/** The services' durable queues under the test's exchange, and the exchanges themselves. */
async function deleteTopology(topology: { exchange: string; deadLetterExchange: string }): Promise<void> {
  const connection = await amqp.connect(RABBITMQ_URL);
  try {
    let ch = await connection.createChannel();
    const names = [
      'channel.ai-replies',
      'channel.handoffs',
      'ai.messages',
      'ai.takeovers',
      'notification.complaint-events',
      'notification.message-status',
    ];
    for (const name of names) {
      const queue = `${topology.exchange}.${name}`;
      for (const q of [
        queue,
        `${queue}.dlq`,
        ...[1000, 4000, 16000, 60000].map((d) => `${queue}.retry.${d}ms`),
      ])
        // A queue a service did not declare (its consumers may be off) closes the channel: open another.
        await ch.deleteQueue(q).catch(async () => {
          ch = await connection.createChannel();
        });
    }
    await ch.deleteExchange(topology.exchange);
    await ch.deleteExchange(topology.deadLetterExchange);
  } finally {
    await connection.close();
  }
}
