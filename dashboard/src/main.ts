// Starts the dashboard: applies gc_dashboard's migrations, builds the Next app when there is no build
// of the current sources (never in production), then runs `next start` on PORT and stops it on SIGTERM/SIGINT.
// `npm start` (scripts/start.mjs) runs this like every service's main.ts.
import { applyMigrations, ensureDatabase } from '@govconnect/db-migrate';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './build/build-state.ts';
import { config as loadConfig, nextChildEnv, nextDistDir } from './config.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level: 'info',
      service: 'dashboard',
      msg,
      ...extra,
    }),
  );

const config = loadConfig();
if (config.MIGRATE_ON_START === 'true') {
  if (config.APP_ENV !== 'production') await ensureDatabase(config.DATABASE_URL);
  const applied = await applyMigrations({
    databaseUrl: config.DATABASE_URL,
    schemaPath: path.join(dir, 'prisma', 'schema.prisma'),
  });
  log('migrations applied', { applied });
}

const env = nextChildEnv(config.APP_ENV);
const distDir = nextDistDir();
if (config.APP_ENV === 'production') {
  // The image is built with `next build`; production never builds at start (no dev dependencies there).
  if (!existsSync(path.join(dir, distDir, 'BUILD_ID'))) {
    log('no Next build found: run `next build` first', { distDir });
    process.exit(1);
  }
} else if (!buildIsCurrent(dir, distDir)) {
  log('building the dashboard (next build), this takes a minute');
  const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(
  process.execPath,
  [nextBin, 'start', '--port', String(config.PORT), '--hostname', '0.0.0.0'],
  {
    cwd: dir,
    env,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  log('next exited', { code, signal });
  process.exit(code ?? (signal ? 0 : 1));
});
