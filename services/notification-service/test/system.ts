// Test harness: the real system around the notification service, in-process on one test exchange:
// the WhatsApp simulator (Meta and the citizens' phones), channel-service, the notification service
// and, when asked, case-service, each on a throwaway database.
import { EXCHANGE, type EventEnvelope } from '@govconnect/contracts';
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import type { Env } from '@govconnect/service-kit';
import { startSimulator, type RunningSimulator } from '@govconnect/wa-simulator';
import amqp from 'amqplib';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startCaseService } from '../../case-service/src/app.ts';
import { loadCaseConfig } from '../../case-service/src/config.ts';
import { startChannelService } from '../../channel-service/src/app.ts';
import { loadChannelConfig } from '../../channel-service/src/config.ts';
import { createPrismaClient as channelPrisma } from '../../channel-service/src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../../channel-service/src/use-cases/seed-demo-village.ts';
import { startNotificationService } from '../src/app.ts';
import { loadNotificationConfig } from '../src/config.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { eventually, jsonFetch, type ApiResponse } from './http.ts';

export const INTERNAL_KEY = 'test-internal-key';
const APP_SECRET = 'test-app-secret';
const ACCESS_TOKEN = 'test-access-token';
const RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface InboxItem {
  wamid: string;
  type: string;
  text: string;
  status: string;
}

export interface System {
  sim: RunningSimulator;
  /** Milliseconds added to the simulator's clock (Meta's side of the 24-hour window). */
  simClock: { offsetMs: number };
  notification: Awaited<ReturnType<typeof startNotificationService>>;
  db: Db;
  caseUrl?: string;
  /** Every complaint.* event published on the test exchange, as it travelled. */
  events: EventEnvelope[];
  api(
    method: string,
    pathname: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse>;
  caseApi(method: string, pathname: string, body?: unknown): Promise<ApiResponse>;
  /** channel-service's internal API (what the dashboard reads). */
  channelApi(method: string, pathname: string): Promise<ApiResponse>;
  citizenSays(waId: string, text: string): Promise<void>;
  inbox(waId: string): Promise<InboxItem[]>;
  fault(graph: Record<string, unknown> | null): Promise<void>;
  sentTo(waId: string): Promise<unknown[]>;
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export interface SystemOptions {
  withCase?: boolean;
  notificationEnv?: Env;
  channelEnv?: Env;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function startSystem(name: string, o: SystemOptions = {}): Promise<System> {
  const topology = testExchanges(`notif-${name}`);
  const messaging = { topology };
  const simClock = { offsetMs: 0 };
  const channelPort = await freePort();
  const sim = await startSimulator({
    webhookUrl: `http://127.0.0.1:${channelPort}/webhook/whatsapp`,
    appSecret: APP_SECRET,
    accessToken: ACCESS_TOKEN,
    statusDelayMs: 20,
    now: () => Date.now() + simClock.offsetMs,
  });
  const dbs: TestDatabase[] = [];
  const database = async (suffix: string) => {
    const db = await createTestDatabase(`notif_${name}_${suffix}`);
    dbs.push(db);
    return db;
  };

  const channelDb = await database('ch');
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), `notif-${name}-media-`));
  const channel = await startChannelService(
    loadChannelConfig(
      testEnv(channelDb.url, {
        PORT: String(channelPort),
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
        INTERNAL_API_KEY: INTERNAL_KEY,
        GRAPH_API_BASE_URL: sim.url,
        MEDIA_DIR: mediaDir,
        BATCH_WINDOW_MS: '0',
        SEND_MAX_ATTEMPTS: '1', // the notification service's own retries are under test
        ...o.channelEnv,
      }),
    ),
    { messaging },
  );
  const channelDbClient = channelPrisma(channelDb.url);
  await seedDemoVillage(channelDbClient);
  await channelDbClient.$disconnect();

  const notificationDb = await database('nt');
  const notification = await startNotificationService(
    loadNotificationConfig(
      testEnv(notificationDb.url, {
        INTERNAL_API_KEY: INTERNAL_KEY,
        CHANNEL_SERVICE_URL: channel.url,
        NOTIFY_RETRY_BASE_MS: '50',
        NOTIFY_MAX_ATTEMPTS: '3',
        PAIR_INTERVAL_MS: '100',
        DISPATCH_INTERVAL_MS: '50',
        ...o.notificationEnv,
      }),
    ),
    { messaging },
  );
  // Its queues must exist before anyone publishes what it consumes.
  await eventually(
    () => fetch(`${notification.url}/ready`).then((r) => r.status),
    (s) => s === 200,
    20_000,
  );

  let caseService: Awaited<ReturnType<typeof startCaseService>> | undefined;
  if (o.withCase) {
    const caseDb = await database('case');
    caseService = await startCaseService(
      loadCaseConfig(testEnv(caseDb.url, { INTERNAL_API_KEY: INTERNAL_KEY })),
      { messaging },
    );
  }
  const db = createPrismaClient(notificationDb.url);
  const events: EventEnvelope[] = [];
  const tap = await amqp.connect(RABBITMQ_URL);
  const tapChannel = await tap.createChannel();
  const { queue: tapQueue } = await tapChannel.assertQueue('', { exclusive: true, autoDelete: true });
  await tapChannel.bindQueue(tapQueue, topology.exchange, 'complaint.#');
  await tapChannel.consume(
    tapQueue,
    (msg) => {
      if (msg) events.push(JSON.parse(msg.content.toString()) as EventEnvelope);
    },
    { noAck: true },
  );
  const simJson = async <T>(pathname: string) => (await jsonFetch(`${sim.url}${pathname}`)).body as T;

  return {
    sim,
    simClock,
    notification,
    db,
    caseUrl: caseService?.url,
    events,
    api: (method, pathname, body, headers) =>
      jsonFetch(`${notification.url}${pathname}`, {
        method,
        body,
        headers: { 'x-internal-api-key': INTERNAL_KEY, ...headers },
      }),
    caseApi: (method, pathname, body) =>
      jsonFetch(`${caseService!.url}${pathname}`, {
        method,
        body,
        headers: { 'x-internal-api-key': INTERNAL_KEY },
      }),
    channelApi: (method, pathname) =>
      jsonFetch(`${channel.url}${pathname}`, { method, headers: { 'x-internal-api-key': INTERNAL_KEY } }),
    async citizenSays(waId, text) {
      const res = await jsonFetch(`${sim.url}/simulator/citizens/${waId}/messages`, {
        method: 'POST',
        body: { text },
      });
      if (res.status !== 200 || res.body.channelStatus)
        throw new Error(`citizen message not taken: ${JSON.stringify(res.body)}`);
    },
    inbox: (waId) => simJson<InboxItem[]>(`/simulator/citizens/${waId}/inbox`),
    async fault(graph) {
      if (graph === null) await jsonFetch(`${sim.url}/simulator/faults`, { method: 'DELETE' });
      else await jsonFetch(`${sim.url}/simulator/faults`, { method: 'POST', body: { graph } });
    },
    sentTo: (waId) => simJson<unknown[]>(`/simulator/sent?to=${waId}`),
    metrics: () => fetch(`${notification.url}/metrics`).then((r) => r.text()),
    async stop() {
      await db.$disconnect();
      await tap.close();
      await caseService?.stop();
      await notification.stop();
      await channel.stop();
      await sim.stop();
      await deleteTopology(topology.exchange, topology.deadLetterExchange);
      for (const d of dbs) await d.drop();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** Deletes the durable queues the services declared under the test's exchange, and the exchanges. */
async function deleteTopology(exchange: string, deadLetterExchange: string): Promise<void> {
  const connection = await amqp.connect(RABBITMQ_URL);
  try {
    const ch = await connection.createChannel();
    const names = [
      'notification.complaint-events',
      'notification.message-status',
      'channel.ai-replies',
      'channel.handoffs',
    ];
    for (const base of names) {
      const queue = exchange === EXCHANGE ? base : `${exchange}.${base}`;
      for (const q of [
        queue,
        `${queue}.dlq`,
        ...[1000, 4000, 16000, 60000].map((d) => `${queue}.retry.${d}ms`),
      ])
        await ch.deleteQueue(q);
    }
    await ch.deleteExchange(exchange);
    await ch.deleteExchange(deadLetterExchange);
  } finally {
    await connection.close();
  }
}
