// Generates each service's Prisma client from its schema.prisma.
// Prisma's CLI insists on locating its native schema engine even for `generate`, which never
// uses it, and cannot download one on a closed network: point it at any executable instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');
if (!existsSync(prismaBin)) {
  console.log('generate-prisma: prisma is not installed yet, skipping');
  process.exit(0);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

// Each service's schema and the dashboard's, plus the test schemas that shared packages use in their own tests.
const schemas = [];
for (const dir of readdirSync(path.join(root, 'services'))) {
  schemas.push(path.join('services', dir, 'prisma', 'schema.prisma'));
}
for (const dir of readdirSync(path.join(root, 'packages'))) {
  schemas.push(path.join('packages', dir, 'test', 'prisma', 'schema.prisma'));
}
schemas.push(path.join('dashboard', 'prisma', 'schema.prisma'));
for (const schema of schemas.filter((s) => existsSync(path.join(root, s)))) {
  const r = spawnSync(prismaBin, ['generate', '--schema', schema], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`generate-prisma: prisma generate failed for ${schema}`);
    process.exit(r.status ?? 1);
  }
  console.log(`generate-prisma: ${schema} ok`);
}
