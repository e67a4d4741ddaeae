// The channel service wired to the WhatsApp simulator (supporting/wa-simulator), both in-process:
// the simulator plays Meta's Graph API and the citizens' phones, and posts signed webhooks to us.
import { startSimulator, type RunningSimulator } from '@govconnect/wa-simulator';
import type { Env } from '@govconnect/service-kit';
import net from 'node:net';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import { APP_SECRET, startHarness, type Harness } from './channel-harness.ts';

export interface WithSimulator extends Harness {
  sim: RunningSimulator;
  db: Db;
  citizenSays(waId: string, body: Record<string, unknown>): Promise<{ wamid: string }>;
  simJson<T>(pathname: string, init?: RequestInit): Promise<T>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function startWithSimulator(name: string, env: Env = {}): Promise<WithSimulator> {
  const port = await freePort();
  const sim = await startSimulator({
    webhookUrl: `http://127.0.0.1:${port}/webhook/whatsapp`,
    appSecret: APP_SECRET,
    accessToken: 'test-access-token',
    statusDelayMs: 20,
  });
  const h = await startHarness(name, {
    PORT: String(port),
    GRAPH_API_BASE_URL: sim.url,
    WHATSAPP_ACCESS_TOKEN: 'test-access-token',
    SEND_RETRY_BASE_MS: '20',
    PAIR_RATE_LIMIT_DELAY_MS: '100',
    ...env,
  });
  const db = createPrismaClient(h.database.url);
  await seedDemoVillage(db);
  const simJson = async <T>(pathname: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${sim.url}${pathname}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    if (!res.ok) throw new Error(`simulator ${pathname}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    ...h,
    sim,
    db,
    simJson,
    citizenSays: (waId, body) =>
      simJson(`/simulator/citizens/${waId}/messages`, { method: 'POST', body: JSON.stringify(body) }),
    async stop() {
      await db.$disconnect();
      await h.stop();
      await sim.stop();
    },
  };
}

export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    last = await probe();
  }
  return last;
}
