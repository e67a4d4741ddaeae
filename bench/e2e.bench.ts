// `npm run bench:e2e`: citizens on the WhatsApp simulator send messages that need a reply
// (greetings, knowledge questions, status checks) at a steady rate; the real channel-service,
// ai-service (local engine) and case-service each run in their own process on throwaway databases
// and the real broker, batching window 0. Latency is from posting the webhook to the reply reaching
// the simulator (the inbox's `at`). Writes bench/results/e2e.json (shape: docs/architecture.md).
// Each service runs in a process of its own, started by e2e-services.ts.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { startSimulator } from '@govconnect/wa-simulator';
import amqp from 'amqplib';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { benchConfig } from './bench.config.ts';
import { commandCpuMs, cpuMs, perUnit } from './cpu.ts';
import { analyze } from './database.ts';
import { INTERNAL_KEY as KEY, startChild, stopChild } from './e2e-services.ts';

/** The kind of a bench message, for the latency breakdown. */
const kindOf = (text: string) =>
  /^cek LAP-/.test(text)
    ? 'status'
    : /^(halo|hai|selamat|assalam|pagi|siang|sore|malam)\b/i.test(text)
      ? 'greeting'
      : 'question';

const here = path.dirname(fileURLToPath(import.meta.url));
// eslint-disable-next-line no-restricted-properties -- bench settings, read the way bench.config.ts reads them
const num = (name: string, def: number) => Number(process.env[name] ?? def);
const cfg = {
  ...benchConfig,
  rate: num('BENCH_E2E_RATE', 50),
  durationS: num('BENCH_E2E_DURATION_S', 20),
  warmupS: num('BENCH_E2E_WARMUP_S', 5),
  settleS: num('BENCH_E2E_SETTLE_S', 10),
  drainS: num('BENCH_E2E_DRAIN_S', 15),
};
const APP_SECRET = 'bench-app-secret';
const VILLAGE = 'desa-sukamaju';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const QUESTIONS = [
  'halo min',
  'selamat pagi pak',
  'syarat bikin sktm apa aja',
  'cara bikin akta lahir gimana',
  'jam buka kantor desa kapan',
  'berapa biaya bikin surat domisili',
  'kk hilang gimana ngurusnya',
];

async function main(): Promise<void> {
  const runId = `bench-e2e-${process.pid}`;
  const databases: TestDatabase[] = [];
  const children: ChildProcess[] = [];
  const sim = { stop: async () => {} } as { stop(): Promise<void>; url?: string };
  let simPool: Pool | undefined;
  try {
    for (const name of ['case', 'ai', 'channel'])
      databases.push(await createTestDatabase(`bench_e2e_${name}`, cfg.adminDatabaseUrl));
    const [caseDb, aiDb, channelDb] = databases;
    const cases = await startChild('case', { databaseUrl: caseDb!.url, exchangePrefix: runId, env: {} });
    children.push(cases.child);
    const ai = await startChild('ai', {
      databaseUrl: aiDb!.url,
      exchangePrefix: runId,
      env: { CASE_SERVICE_URL: cases.url, NLU_ENGINE: 'local', EMBEDDING_MODEL: 'local' },
    });
    children.push(ai.child);
    const simPort = await freePort();
    const channel = await startChild('channel', {
      databaseUrl: channelDb!.url,
      exchangePrefix: runId,
      env: {
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: 'bench-token',
        GRAPH_API_BASE_URL: `http://127.0.0.1:${simPort}`,
        BATCH_WINDOW_MS: '0',
      },
    });
    children.push(channel.child);
    Object.assign(
      sim,
      await startSimulator({
        port: simPort,
        webhookUrl: `${channel.url}/webhook/whatsapp`,
        appSecret: APP_SECRET,
        accessToken: 'bench-token',
      }),
    );

    // Complaints whose status the citizens will ask for.
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${cases.url}/internal/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-internal-api-key': KEY },
        body: JSON.stringify({
          villageId: VILLAGE,
          reporter: { waId: `62899000000${i}` },
          category: 'jalan_rusak',
          description: `Jalan berlubang di gang ${i}, bahaya untuk motor`,
        }),
      });
      ids.push(((await res.json()) as { complaintId: string }).complaintId);
    }
    const texts = [...QUESTIONS, ...ids.map((id) => `cek ${id}`)];

    // The load generator shares the two cores with the system: undici's pool of kept-alive connections
    // costs a fraction of the CPU of fetch per request, so more of the machine is left to the services.
    const pool = (simPool = new Pool(sim.url!, { connections: 32 }));
    /** The arrival times of the replies each citizen got, by citizen. */
    const readReplies = async (waIds: Iterable<string>) => {
      const replies = new Map<string, number[]>();
      for (const waId of waIds) {
        const res = await pool.request({ method: 'GET', path: `/simulator/citizens/${waId}/inbox` });
        const inbox = (await res.body.json()) as { at: string }[];
        replies.set(
          waId,
          inbox.map((m) => Date.parse(m.at)),
        );
      }
      return replies;
    };
    let seq = 0;
    const kinds = new Map<string, string>();
    // Offers `rate` new conversations a second for settleS + seconds; the first settleS seconds are
    // not measured (onMeasured runs when the measured ones begin).
    const drive = async (
      phase: string,
      rate: number,
      seconds: number,
      settleS = 0,
      onMeasured = () => {},
    ) => {
      const settling = new Map<string, number>();
      const sent = new Map<string, number>();
      const posts: Promise<unknown>[] = [];
      let failed = 0;
      const settleCount = Math.round(rate * settleS);
      const total = settleCount + Math.round(rate * seconds);
      const start = performance.now();
      for (let i = 0; i < total; i++) {
        if (i === settleCount) onMeasured();
        const due = start + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const waId = `62877${String(++seq).padStart(7, '0')}`;
        const text = texts[seq % texts.length]!;
        (i < settleCount ? settling : sent).set(waId, Date.now());
        kinds.set(waId, kindOf(text));
        posts.push(
          pool
            .request({
              method: 'POST',
              path: `/simulator/citizens/${waId}/messages`,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ text }),
            })
            .then(async (r) => {
              if (r.statusCode >= 300) failed++;
              await r.body.dump();
            }),
        );
      }
      await Promise.all(posts);
      console.log(`${phase}: ${total} conversations offered at ${rate}/s (${settleCount} of them settling)`);
      return { sent, settling, failed };
    };
    const collect = async (sent: Map<string, number>) => {
      const deadline = Date.now() + cfg.drainS * 1000;
      for (;;) {
        const replies = await readReplies(sent.keys());
        const missing = [...replies.values()].filter((r) => r.length === 0).length;
        if (missing === 0 || Date.now() > deadline) break;
        await sleep(500);
      }
      await sleep(1000); // a doubled reply would come a little after the first
      return readReplies(sent.keys());
    };

    console.log(`warm-up: ${cfg.warmupS}s at 10/s`);
    await collect((await drive('warm-up', 10, cfg.warmupS)).sent);
    const services = { case: cases.child, ai: ai.child, channel: channel.child };
    // CPU by process during the measured phase and its drain: the services, and what shares the two
    // cores with them (PostgreSQL's backends, RabbitMQ, this process: load generator and simulator).
    const cpuNow = (): Record<string, number | null> => ({
      ...Object.fromEntries(Object.entries(services).map(([n, c]) => [n, cpuMs(c.pid)])),
      postgres: commandCpuMs('postgres'),
      rabbitmq: commandCpuMs('beam.smp'),
      bench: cpuMs(process.pid),
    });
    // The throwaway databases have no planner statistics yet; a live one has them (autovacuum analyses
    // tables as they grow). Without them PostgreSQL reads the outbox through a bitmap scan that visits
    // every row published since the last vacuum: about 1 ms more of its CPU per conversation here.
    for (const d of databases) await analyze(d.url);
    // The settling seconds run at the measured rate and lead straight into the measured ones: a live
    // system at 50/s is in its steady state; a step from 10/s to 50/s is not that state (on a machine
    // near its limit, the first seconds after the step queue up and take seconds to drain).
    let cpuBefore = cpuNow();
    let windowStart = performance.now();
    const run = await drive('measured', cfg.rate, cfg.durationS, cfg.settleS, () => {
      cpuBefore = cpuNow();
      windowStart = performance.now();
    });
    const replies = await collect(new Map([...run.settling, ...run.sent]));
    const cpuAfter = cpuNow();
    const windowMs = performance.now() - windowStart;
    const cpuPerConversationMs = Object.fromEntries(
      Object.keys(cpuBefore).map((n) => [
        n,
        perUnit(cpuBefore[n] ?? null, cpuAfter[n] ?? null, run.sent.size),
      ]),
    );

    const latencies: number[] = [];
    let lost = 0;
    let doubled = 0;
    let lastReply = 0;
    for (const [waId, at] of run.sent) {
      const got = replies.get(waId) ?? [];
      if (got.length === 0) lost++;
      if (got.length > 1) doubled++;
      if (got.length > 0) {
        latencies.push(got[0]! - at);
        lastReply = Math.max(lastReply, got[0]!);
      }
    }
    // The settling conversations are not timed, but one of them lost or answered twice counts the same.
    for (const waId of run.settling.keys()) {
      const got = replies.get(waId) ?? [];
      if (got.length === 0) lost++;
      if (got.length > 1) doubled++;
    }
    // Where the time goes: by kind of message, and over the run (a stall shows as one slow second).
    const byKind = new Map<string, number[]>();
    const bySecond = new Map<number, number[]>();
    const firstAt = Math.min(...run.sent.values());
    for (const [waId, at] of run.sent) {
      const got = replies.get(waId)?.[0];
      if (got === undefined) continue;
      const kind = kinds.get(waId) ?? 'other';
      byKind.set(kind, [...(byKind.get(kind) ?? []), got - at]);
      const second = Math.floor((at - firstAt) / 1000);
      bySecond.set(second, [...(bySecond.get(second) ?? []), got - at]);
    }
    const summary = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return {
        n: sorted.length,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.at(-1),
      };
    };
    latencies.sort((a, b) => a - b);
    const firstSent = Math.min(...run.sent.values());
    const result = {
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      conversationsPerSec: Number((latencies.length / ((lastReply - firstSent) / 1000)).toFixed(1)),
      offeredRatePerSec: cfg.rate,
      lost,
      doubled,
      conversations: run.sent.size,
      replied: latencies.length,
      webhookFailures: run.failed,
      cpuPerConversationMs,
      // The share of the machine's cores those processes used over the measured phase and its drain:
      // near 1, every message waits for a core and latency follows the queue, not the code.
      cpuShareOfMachine: shareOfMachine(cpuBefore, cpuAfter, windowMs),
      p90Ms: percentile(latencies, 90),
      p95Ms: percentile(latencies, 95),
      maxMs: latencies.at(-1) ?? null,
      byKind: Object.fromEntries([...byKind].map(([k, xs]) => [k, summary(xs)])),
      perSecond: [...bySecond]
        .sort((a, b) => a[0] - b[0])
        .map(([second, xs]) => ({ second, ...summary(xs) })),
      durationS: cfg.durationS,
      settleS: cfg.settleS,
      mix: 'greetings, knowledge questions and status checks, one message per conversation',
      batchWindowMs: 0,
      nluEngine: 'local',
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        node: process.version,
        loadavg: os.loadavg(),
      },
      at: new Date().toISOString(),
    };
    mkdirSync(path.join(here, 'results'), { recursive: true });
    writeFileSync(path.join(here, 'results', 'e2e.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await simPool?.close();
    await sim.stop();
    for (const child of children.reverse()) await stopChild(child);
    for (const d of databases) await d.drop().catch(() => undefined);
    await cleanBroker(runId).catch((err: unknown) => console.error('broker cleanup failed', err));
  }
}

function shareOfMachine(
  before: Record<string, number | null>,
  after: Record<string, number | null>,
  windowMs: number,
): number | null {
  let used = 0;
  for (const [name, at] of Object.entries(after)) {
    const from = before[name];
    if (at == null || from == null) return null;
    used += at - from;
  }
  return Number((used / (windowMs * os.cpus().length)).toFixed(3));
}

async function cleanBroker(prefix: string): Promise<void> {
  const connection = await amqp.connect(cfg.rabbitmqUrl);
  try {
    const ch = await connection.createChannel();
    const exchange = `${prefix}.events`;
    for (const q of ['ai.messages', 'ai.takeovers', 'channel.ai-replies', 'channel.handoffs'].map(
      (n) => `${exchange}.${n}`,
    ))
      for (const x of [q, `${q}.dlq`, ...[1000, 4000, 16000, 60000].map((d) => `${q}.retry.${d}ms`)])
        await ch.deleteQueue(x);
    await ch.deleteExchange(exchange);
    await ch.deleteExchange(`${prefix}.dlx`);
  } finally {
    await connection.close();
  }
}

await main();
