// `npm run bench` (intake): signed text webhooks driven at the channel service (real PostgreSQL and
// RabbitMQ) with autocannon, against a bare node:http hello-world on the same machine; then every
// acknowledged message is looked for in the database (lost / duplicated), and the webhook-to-live-
// stream latency is sampled. Writes bench/results/intake.json (shape: docs/architecture.md).
import { createTestDatabase } from '@govconnect/db-migrate';
import amqp from 'amqplib';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { benchConfig as cfg } from './bench.config.ts';
import { commandCpuMs, cpuMs, perUnit } from './cpu.ts';
import { analyze } from './database.ts';
import { driveOpenLoop } from './open-loop.ts';
import { measureStreamLatency } from './stream-latency.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const APP_SECRET = 'bench-app-secret';
const runId = `bench-${process.pid}`;

function startChild(script: string, args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const profile = cfg.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${cfg.profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"url"')) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

let seq = 0;
/** A signed text webhook in Meta's shape; every `redeliverEvery`th one repeats an earlier wamid. */
export function nextWebhook(prefix: string): { wamid: string; body: string; signature: string } {
  const n = ++seq;
  const id = cfg.redeliverEvery > 0 && n % cfg.redeliverEvery === 0 && n > 1 ? n - 1 : n;
  const wamid = `wamid.${prefix}.${id}`;
  const waId = `628100${String(id % cfg.citizens).padStart(6, '0')}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '6281100000001', phone_number_id: '100000000000001' },
              contacts: [{ profile: { name: `Warga ${id % cfg.citizens}` }, wa_id: waId }],
              messages: [
                {
                  from: waId,
                  id: wamid,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: `laporan ${id}` },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { wamid, body, signature: `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}` };
}

async function drive(url: string, opts: { rate?: number; phase: string; acked?: Set<string> }) {
  const result = await autocannon({
    url: `${url}/webhook/whatsapp`,
    connections: cfg.connections,
    duration: cfg.durationS,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (req: autocannon.Request, context: { wamid?: string }) => {
          const w = nextWebhook(`${runId}.${opts.phase}`);
          context.wamid = w.wamid;
          return {
            ...req,
            body: w.body,
            headers: { 'content-type': 'application/json', 'x-hub-signature-256': w.signature },
          };
        },
        onResponse: (status: number, _body: string, context: { wamid?: string }) => {
          if (status === 200 && context.wamid) opts.acked?.add(context.wamid);
        },
      },
    ],
  });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    throughputPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: non2xx,
    total: result.requests.total,
  };
}

async function driveBaseline(url: string) {
  const result = await autocannon({ url, connections: cfg.connections, duration: cfg.durationS });
  return { throughputPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

async function count(databaseUrl: string, acked: Set<string>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One snapshot for both reads: webhooks the server is still committing when the load stops must
    // be either in both or in neither.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const rows = await client.query<{ wamid: string; n: string }>(
      `SELECT wamid, count(*) AS n FROM messages GROUP BY wamid`,
    );
    const stored = new Map(rows.rows.map((r) => [r.wamid, Number(r.n)]));
    const lost = [...acked].filter((w) => !stored.has(w)).length;
    const duplicatedRows = [...stored.values()].reduce((sum, n) => sum + (n - 1), 0);
    // Unread counts only grow for newly stored messages: their sum must equal the distinct messages.
    const unread = await client.query<{ s: string }>(
      `SELECT COALESCE(sum(unread_count), 0) AS s FROM conversations`,
    );
    const duplicated = duplicatedRows + Math.max(0, Number(unread.rows[0]!.s) - stored.size);
    await client.query('COMMIT');
    return { lost, duplicated, stored: stored.size };
  } finally {
    await client.end();
  }
}

/** The queue that stands in for the services consuming the channel's events (AI, notification). */
const sinkQueue = (prefix: string) => `${prefix}.consumers`;

/**
 * Binds a queue for every event the channel publishes, as the running system's consumers would: the
 * broker then stores each one as it would in production, and the channel has no unroutable events to
 * warn about (a log line per event, which production does not write).
 */
async function bindSink(prefix: string) {
  const connection = await amqp.connect(cfg.rabbitmqUrl);
  try {
    const ch = await connection.createChannel();
    await ch.assertQueue(sinkQueue(prefix), { durable: true });
    await ch.bindQueue(sinkQueue(prefix), `${prefix}.events`, '#');
  } finally {
    await connection.close();
  }
}

async function cleanBroker(prefix: string) {
  const connection = await amqp.connect(cfg.rabbitmqUrl);
  try {
    const ch = await connection.createChannel();
    await ch.deleteQueue(sinkQueue(prefix));
    for (const name of ['ai-replies', 'handoffs']) {
      const q = `${prefix}.events.channel.${name}`;
      for (const x of [q, `${q}.dlq`, ...[1000, 4000, 16000, 60000].map((d) => `${q}.retry.${d}ms`)])
        await ch.deleteQueue(x);
    }
    await ch.deleteExchange(`${prefix}.events`);
    await ch.deleteExchange(`${prefix}.dlx`);
  } finally {
    await connection.close();
  }
}

const database = await createTestDatabase('bench_intake', cfg.adminDatabaseUrl);
const baseline = await startChild('hello-server.ts');
let channel: { child: ChildProcess; url: string } | undefined;
try {
  console.log(`hello-world baseline: ${cfg.connections} connections, ${cfg.durationS}s`);
  const base = await driveBaseline(baseline.url);
  await stopChild(baseline.child);

  channel = await startChild('channel-server.ts', [
    database.url,
    cfg.rabbitmqUrl,
    APP_SECRET,
    runId,
    cfg.channelEnv,
  ]);
  await bindSink(runId);
  const acked = new Set<string>();
  console.log('warm-up');
  await drive(channel.url, { phase: 'warmup', rate: 500, acked });
  // The throwaway database has no planner statistics yet; a live one has them (autovacuum analyses
  // tables as they grow), and without them PostgreSQL scans where it would use an index.
  await analyze(database.url);
  // The steady rate first, then the stream latency, and the saturation last: an overload leaves a
  // backlog (batches, outbox) that would still be draining during whatever phase came after it.
  // One connection pool for the settling and the measured seconds, as a sender that keeps delivering
  // holds its connections open: the first second measured is not the one that opens them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.connections });
  const openLoop = (phase: string, durationS: number) =>
    driveOpenLoop(channel!.url, {
      rate: cfg.fixedRate,
      durationS,
      connections: cfg.connections,
      agent,
      next: () => {
        const w = nextWebhook(`${runId}.${phase}`);
        return {
          path: '/webhook/whatsapp',
          body: w.body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': w.signature },
          onResponse: (status) => {
            if (status === 200) acked.add(w.wamid);
          },
        };
      },
    });
  // A few seconds at the measured rate first, not recorded: the planner's new statistics, the group
  // commit's larger groups and the code paths of that concurrency settle before the measurement.
  console.log(`settle: ${cfg.fixedRate}/s, ${cfg.settleS}s, open loop (not recorded)`);
  if (cfg.settleS > 0) await openLoop('settle', cfg.settleS);
  console.log(`fixed rate: ${cfg.fixedRate}/s, ${cfg.durationS}s, open loop`);
  const cpu = () => ({ channel: cpuMs(channel!.child.pid), postgres: commandCpuMs('postgres') });
  const cpuAtRate = cpu();
  const fixed = await openLoop('rate', cfg.durationS);
  const cpuAfterRate = cpu();
  agent.destroy();
  // The same rate as autocannon offers it (bursts at each second, see open-loop.ts), for comparison.
  console.log(`fixed rate: ${cfg.fixedRate}/s, ${cfg.durationS}s, autocannon`);
  const bursty = await drive(channel.url, { phase: 'burst', rate: cfg.fixedRate, acked });
  const stream = await measureStreamLatency(
    channel.url,
    cfg.streamSamples,
    (p) => nextWebhook(`${runId}.${p}`),
    acked,
  );
  console.log(`saturation: ${cfg.connections} connections, ${cfg.durationS}s`);
  const cpuAtMax = cpu();
  const saturation = await drive(channel.url, { phase: 'max', acked });
  const cpuAfterMax = cpu();
  // CPU ms per webhook of the channel process and of all PostgreSQL processes: steadier than the
  // throughput when other work shares the machine.
  const cpuPerWebhookMs = (before: typeof cpuAtMax, after: typeof cpuAtMax, n: number) => ({
    channel: perUnit(before.channel, after.channel, n),
    postgres: perUnit(before.postgres, after.postgres, n),
  });
  const { lost, duplicated, stored } = await count(database.url, acked);

  const result = {
    throughputPerSec: Math.round(saturation.throughputPerSec),
    p50Ms: fixed.p50Ms,
    p99Ms: fixed.p99Ms,
    baselineThroughputPerSec: Math.round(base.throughputPerSec),
    ratio: Number((saturation.throughputPerSec / base.throughputPerSec).toFixed(3)),
    lost,
    duplicated,
    errors: saturation.errors + fixed.errors + bursty.errors,
    saturation: {
      connections: cfg.connections,
      ...saturation,
      cpuPerWebhookMs: cpuPerWebhookMs(cpuAtMax, cpuAfterMax, saturation.total),
    },
    fixedRate: {
      openLoop: true,
      ...fixed,
      cpuPerWebhookMs: cpuPerWebhookMs(cpuAtRate, cpuAfterRate, fixed.total),
    },
    fixedRateAutocannon: { ratePerSec: cfg.fixedRate, ...bursty },
    baseline: base,
    streamLatencyMs: stream,
    acknowledged: acked.size,
    stored,
    redeliveredEvery: cfg.redeliverEvery,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    at: new Date().toISOString(),
  };
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', 'intake.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  if (channel) await stopChild(channel.child);
  await database.drop();
  await cleanBroker(runId).catch((err: unknown) => console.error('broker cleanup failed', err));
}
