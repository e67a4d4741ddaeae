// `npm start`: the whole system on this machine, in the foreground. Installs dependencies when
// needed, makes sure PostgreSQL (with pgvector) and RabbitMQ run, creates the databases, starts
// every service (each applies its migrations), seeds the demo village, waits until all report
// ready and prints their URLs. Ctrl-C stops everything cleanly. Running it again reuses it all.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureInfrastructure, portOpen } from './infra.mjs';
import { SERVICES } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COLORS = [36, 35, 33, 32, 34, 31];
const paint = (code, text) => (process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text);

function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('start: installing dependencies (npm ci)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** KEY=VALUE lines of a .env file, if the operator made one from .env.example. */
function readDotEnv(file) {
  if (!existsSync(file)) return {};
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

/** Child logs are JSON lines; show them as `[name] time level msg {rest}`. */
function pipeLogs(stream, name, color) {
  const label = paint(color, `[${name}]`.padEnd(16));
  readline.createInterface({ input: stream }).on('line', (line) => {
    let text = line;
    try {
      const { level, msg, timestamp, service: _s, ...rest } = JSON.parse(line);
      const time = (timestamp ?? new Date().toISOString()).slice(11, 19);
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
      text = `${time} ${String(level).padEnd(5)} ${msg}${extra}`;
    } catch {
      // not JSON: print as is
    }
    console.log(`${label} ${text}`);
  });
}

async function waitReady(service, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${service.name} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`http://127.0.0.1:${service.port}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(
    `${service.name} did not report ready on :${service.port}/ready within ${timeoutMs / 1000}s`,
  );
}

async function main() {
  ensureDependencies();
  await ensureInfrastructure({ bootstrap: true });

  // The root .env is shared by every service; what belongs to one service lives in its own .env.
  const shared = readDotEnv(path.join(root, '.env'));
  for (const key of ['PORT', 'DATABASE_URL']) {
    if (key in shared) {
      console.warn(
        `start: ignoring ${key} in .env: it differs per service, set it in services/<service>/.env`,
      );
      delete shared[key];
    }
  }
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', ...shared };
  // A PORT or DATABASE_URL in the calling shell would send every service to the same place.
  delete env.PORT;
  delete env.DATABASE_URL;
  for (const service of SERVICES) {
    const own = readDotEnv(path.join(root, service.dir, '.env'));
    const portEnv = service.portEnv ?? 'PORT';
    service.port = Number(own[portEnv] ?? service.port);
    service.env = { ...env, ...own, [portEnv]: String(service.port) };
  }
  const busy = [];
  for (const s of SERVICES) if (await portOpen(s.port)) busy.push(`${s.name} (:${s.port})`);
  if (busy.length) {
    console.error(
      `start: ports already in use: ${busy.join(', ')}. Is GovConnect already running? Stop it first.`,
    );
    process.exit(1);
  }

  const children = [];
  let stopping = false;

  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstart: stopping every service');
    for (const { child } of [...children].reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    console.log('start: stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  SERVICES.forEach((service, i) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: path.join(root, service.dir),
      env: service.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    pipeLogs(child.stdout, service.name, COLORS[i % COLORS.length]);
    pipeLogs(child.stderr, service.name, COLORS[i % COLORS.length]);
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`start: ${service.name} exited unexpectedly (${signal ?? `code ${code}`})`);
        void stopAll(1);
      }
    });
    children.push({ service, child });
  });

  try {
    await Promise.all(
      children.map(({ service, child }) => waitReady(service, child, service.readyTimeoutMs)),
    );
  } catch (err) {
    console.error(`start: ${err.message}`);
    await stopAll(1);
    return;
  }

  for (const seed of SERVICES.filter((s) => s.seed)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', seed.seed], {
      cwd: path.join(root, seed.dir),
      env: seed.env,
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      console.error(`start: seeding ${seed.name} failed`);
      await stopAll(1);
      return;
    }
  }

  const rows = SERVICES.map((s) => [
    s.name,
    `http://localhost:${s.port}`,
    `http://localhost:${s.port}/ready`,
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 10));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\nGovConnect is running (Ctrl-C to stop)\n\n${line(['service', 'url', 'ready'])}`);
  for (const r of rows) console.log(line(r));
  console.log(
    `\nRabbitMQ amqp://guest:guest@127.0.0.1:5672   PostgreSQL 127.0.0.1:5432 (gc_channel, gc_ai, gc_case, gc_notification, gc_dashboard)`,
  );
  console.log('Demo village: Desa Sukamaju (desa-sukamaju), WhatsApp phone_number_id 100000000000001');
  console.log(
    'Dashboard: http://localhost:3000 (admin@sukamaju.desa.id / sukamaju123, root@govconnect.local / govconnect123)\n',
  );
}

await main();
