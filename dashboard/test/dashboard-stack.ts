// The dashboard for the end-to-end test: its own throwaway gc_dashboard, a production build (made
// once into .next-e2e, reused while no source changed), `next start` on a free port pointed at the
// in-process services, and Debian's Chromium driven by playwright-core.
import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildIsCurrent } from '../src/build/build-state.ts';
import { createPrismaClient, type Db } from '../src/server/db.ts';
import { seedDemoUsers, upsertUser } from '../src/server/users.ts';
import { freePort, KEY, type ServicesStack } from './services-stack.ts';

export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = path.join(APP_DIR, 'test-results');
const DIST_DIR = '.next-e2e';
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export interface DashboardStack {
  url: string;
  db: Db;
  browser: Browser;
  buildMs: number | null;
  stop(): Promise<void>;
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _n, VITEST: _v, VITEST_WORKER_ID: _w, VITEST_POOL_ID: _p, ...env } = process.env;
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    ...extra,
  } as unknown as NodeJS.ProcessEnv;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the dashboard at ${url} did not become ready`);
}

/**
 * Builds into .next-e2e unless the build is current. Test files run in parallel and `next build`
 * refuses to run twice at once, so a lock directory makes them take turns; the second finds the
 * build current and skips it. A lock left by a killed run is taken over after 15 minutes.
 */
async function buildOnce(): Promise<number | null> {
  const lock = path.join(
    os.tmpdir(),
    `gc-dashboard-e2e-build-${createHash('sha1').update(APP_DIR).digest('hex').slice(0, 8)}.lock`,
  );
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (buildIsCurrent(APP_DIR, DIST_DIR)) return null;
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: APP_DIR,
      env: childEnv({}),
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`next build failed:\n${r.stdout}\n${r.stderr}`);
    return Date.now() - t0;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function startDashboard(name: string, services: ServicesStack): Promise<DashboardStack> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const buildMs = await buildOnce();
  const database: TestDatabase = await createTestDatabase(`dash_${name}_ui`);
  await applyMigrations({
    databaseUrl: database.url,
    schemaPath: path.join(APP_DIR, 'prisma', 'schema.prisma'),
  });
  const db = createPrismaClient(database.url);
  await seedDemoUsers(db);
  await upsertUser(db, {
    email: 'petugas@desa-lain.desa.id',
    name: 'Petugas Desa Lain',
    password: 'desalain123',
    role: 'officer',
    villageId: 'desa-lain',
  });

  await upsertUser(db, {
    email: 'petugas@sukamaju.desa.id',
    name: 'Petugas Sukamaju',
    password: 'petugas123',
    role: 'officer',
    villageId: 'desa-sukamaju',
  });

  const port = await freePort();
  const child = spawn(
    process.execPath,
    [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: APP_DIR,
      env: childEnv({
        APP_ENV: 'test',
        DATABASE_URL: database.url,
        INTERNAL_API_KEY: KEY,
        JWT_SECRET: 'e2e-jwt-secret',
        CASE_SERVICE_URL: services.caseUrl,
        CHANNEL_SERVICE_URL: services.channelUrl,
        AI_SERVICE_URL: services.aiUrl,
        NOTIFICATION_SERVICE_URL: services.notificationUrl,
        SIMULATOR_URL: services.sim.url,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${String(err)}\n${output.join('')}`);
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `no Chromium at ${executablePath}: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH`,
    );
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    url,
    db,
    browser,
    buildMs,
    async stop() {
      await browser.close().catch(() => undefined);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await db.$disconnect();
      await database.drop();
    },
  };
}
