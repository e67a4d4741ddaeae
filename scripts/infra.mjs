// Makes sure PostgreSQL (with pgvector) and RabbitMQ are running on this machine, starting or
// installing them where we can (root on Debian), and otherwise stopping with exact instructions.
// Used by `npm start`, `npm test` and .ci/run. Depends on nothing but Node itself.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');

const log = (msg) => console.log(`infra: ${msg}`);

function fail(what, instruction) {
  console.error(`\ninfra: ${what}\n${instruction}\n`);
  process.exit(1);
}

export function portOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitForPort(port, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await portOpen(port)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd) {
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const dockerHint =
  'Or run them in containers from the project root: docker compose -f docker-compose.yml -f docker-compose.dev.yml up -d postgres rabbitmq';

async function ensurePostgres() {
  if (await portOpen(5432)) return;
  if (!existsSync('/etc/postgresql') && isRoot && isDebian) {
    log("PostgreSQL is not installed: installing Debian's postgresql");
    run('apt-get update -qq && apt-get install -y -qq postgresql >/dev/null');
  }
  if (existsSync('/etc/postgresql') && have('pg_ctlcluster')) {
    const versions = readdirSync('/etc/postgresql');
    for (const v of versions) {
      log(`starting PostgreSQL ${v}`);
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'start'], { stdio: 'inherit' });
    }
    if (await waitForPort(5432, 30)) return;
  }
  fail(
    'PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started from here.',
    `Install and start PostgreSQL 15+ (Debian: sudo apt-get install postgresql; sudo pg_ctlcluster 15 main start),\nallow local connections for the postgres user, then run this again.\n${dockerHint}`,
  );
}

function ensurePgvector() {
  const r = spawnSync('bash', [path.join(root, 'database', 'ensure-pgvector.sh')], { stdio: 'inherit' });
  if (r.status !== 0) {
    fail(
      'pgvector is not available in PostgreSQL.',
      `Run as root: sudo bash database/ensure-pgvector.sh (builds it from Debian's source package).\n${dockerHint}`,
    );
  }
}

async function ensureRabbitmq() {
  if (await portOpen(5672)) return;
  if (!have('rabbitmq-server') && isRoot && isDebian) {
    log("RabbitMQ is not installed: installing Debian's rabbitmq-server");
    run('apt-get update -qq && apt-get install -y -qq rabbitmq-server >/dev/null');
  }
  if (have('rabbitmq-server')) {
    log('starting RabbitMQ');
    spawnSync('rabbitmq-server', ['-detached'], { stdio: 'inherit' });
    if (await waitForPort(5672, 90)) {
      // The port opens before the broker accepts logins; give it the moment it needs.
      spawnSync('rabbitmqctl', ['await_startup', '--timeout', '60'], { stdio: 'ignore' });
      return;
    }
  }
  fail(
    'RabbitMQ is not reachable on 127.0.0.1:5672 and could not be started from here.',
    `Install and start RabbitMQ 3.10+ (Debian: sudo apt-get install rabbitmq-server; sudo rabbitmq-server -detached)\nwith the default guest/guest user, then run this again.\n${dockerHint}`,
  );
}

/** Everything the services and tests need from the machine. */
export async function ensureInfrastructure({ bootstrap = false } = {}) {
  await ensurePostgres();
  ensurePgvector();
  await ensureRabbitmq();
  if (bootstrap) {
    const r = spawnSync('bash', [path.join(root, 'database', 'bootstrap.sh')], {
      stdio: 'inherit',
      env: { ...process.env, SKIP_PGVECTOR_CHECK: '1' },
    });
    if (r.status !== 0)
      fail('creating the service databases failed (see above).', 'Fix the error and run again.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureInfrastructure({ bootstrap: process.argv.includes('--bootstrap') });
  log('PostgreSQL (with pgvector) and RabbitMQ are ready');
}
