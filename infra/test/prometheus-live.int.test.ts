// Prometheus (Debian's package) scrapes the four services started here, in-process, on their own
// databases: every target is up, the key metrics have samples, and the alert rules load.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAiService } from '../../services/ai-service/src/app.ts';
import { loadAiConfig } from '../../services/ai-service/src/config.ts';
import { startCaseService } from '../../services/case-service/src/app.ts';
import { loadCaseConfig } from '../../services/case-service/src/config.ts';
import { startChannelService } from '../../services/channel-service/src/app.ts';
import { loadChannelConfig } from '../../services/channel-service/src/config.ts';
import { startNotificationService } from '../../services/notification-service/src/app.ts';
import { loadNotificationConfig } from '../../services/notification-service/src/config.ts';
import { repoPath } from './repo.ts';

type Running = { url: string; port: number; stop(): Promise<void> };
const starters: [string, (env: Record<string, string>) => Promise<Running>][] = [
  [
    'channel-service',
    (env) =>
      startChannelService(loadChannelConfig(env), { messaging: { topology: testExchanges('promlive') } }),
  ],
  [
    'ai-service',
    (env) => startAiService(loadAiConfig(env), { messaging: { topology: testExchanges('promlive') } }),
  ],
  [
    'case-service',
    (env) => startCaseService(loadCaseConfig(env), { messaging: { topology: testExchanges('promlive') } }),
  ],
  [
    'notification-service',
    (env) =>
      startNotificationService(loadNotificationConfig(env), {
        messaging: { topology: testExchanges('promlive') },
      }),
  ],
];

const databases: TestDatabase[] = [];
const running = new Map<string, Running>();
let prometheus: ChildProcess | undefined;
let promUrl = '';
const dir = mkdtempSync(path.join(os.tmpdir(), 'gc-prometheus-'));

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

async function query(expr: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return ((await res.json()) as { data: { result: [] } }).data.result;
}

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch((err: unknown) => err as T);
    if ((!(value instanceof Error) && ok(value)) || Date.now() > deadline) {
      if (value instanceof Error) throw value;
      return value;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  for (const [name, start] of starters) {
    const db = await createTestDatabase(`promlive_${name.split('-')[0]}`);
    databases.push(db);
    running.set(name, await start(testEnv(db.url) as Record<string, string>));
  }
  // The production scrape config, pointed at this machine's ports, with the production rules.
  const jobs = [...running].map(
    ([name, r]) =>
      `  - job_name: ${name}\n    honor_labels: true\n    static_configs:\n      - targets: ['127.0.0.1:${r.port}']\n        labels: { service: ${name} }`,
  );
  const config = `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - ${repoPath('supporting/prometheus/rules/govconnect.yml')}\nscrape_configs:\n${jobs.join('\n')}\n`;
  writeFileSync(path.join(dir, 'prometheus.yml'), config);
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}`;
  prometheus = spawn(
    'prometheus',
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  prometheus.on('error', () => undefined);
  await eventually(() => fetch(`${promUrl}/-/ready`).then((r) => r.ok), Boolean);
});

afterAll(async () => {
  prometheus?.kill('SIGTERM');
  for (const r of running.values()) await r.stop();
  for (const db of databases) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

it('when Prometheus scrapes the running services, then every target is up', async () => {
  const up = await eventually(
    () => query('up'),
    (r) => r.length === 4 && r.every((s) => s.value[1] === '1'),
  );
  expect(up.map((s) => `${s.metric.job}=${s.value[1]}`).sort()).toEqual([
    'ai-service=1',
    'case-service=1',
    'channel-service=1',
    'notification-service=1',
  ]);
});

it('when the services have served requests, then the key metrics have samples with the service label', async () => {
  for (const r of running.values()) await fetch(`${r.url}/health`);
  for (const expr of [
    'http_requests_total{route="/health"}',
    'http_request_duration_seconds_count',
    'messaging_outbox_backlog',
    'process_resident_memory_bytes',
  ]) {
    const result = await eventually(
      () => query(expr),
      (r) => new Set(r.map((s) => s.metric.service)).size === 4,
    );
    expect(new Set(result.map((s) => s.metric.service)), expr).toEqual(new Set(running.keys()));
  }
  const overdue = await eventually(
    () => query('case_complaints_overdue or vector(0)'),
    (r) => r.length > 0,
  );
  expect(overdue.length).toBeGreaterThan(0);
});

it('when Prometheus loads the production alert rules, then every group is there and healthy', async () => {
  const res = await eventually(
    async () =>
      (
        (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as {
          data: { groups: { name: string; rules: { health: string }[] }[] };
        }
      ).data.groups,
    (g) => g.length > 0 && g.every((x) => x.rules.every((r) => r.health === 'ok')),
  );
  expect(res.map((g) => g.name).sort()).toEqual([
    'govconnect-ai',
    'govconnect-availability',
    'govconnect-cases',
    'govconnect-messaging',
    'govconnect-whatsapp',
  ]);
  expect(res.flatMap((g) => g.rules.map((r) => r.health)).every((h) => h === 'ok')).toBe(true);
});
