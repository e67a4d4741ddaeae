// Command line for migrations, for development and CI:
//   db-migrate <deploy|status|drift|create NAME> --schema services/x/prisma/schema.prisma
// DATABASE_URL names the database (for `create`, any database on the server: a shadow database
// is created beside it and dropped again).
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyMigrations,
  createMigration,
  diffDatabaseToSchema,
  ensureDatabase,
  pendingMigrations,
} from './index.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { schema: { type: 'string' }, 'database-url': { type: 'string' } },
});
const [command, name] = positionals;
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
if (!command || !values.schema || !databaseUrl) {
  console.error(
    'usage: db-migrate <deploy|status|drift|create NAME> --schema PATH [--database-url URL | env DATABASE_URL]',
  );
  process.exit(2);
}
const schemaPath = path.resolve(values.schema);
const migrationsDir = path.join(path.dirname(schemaPath), 'migrations');
const target = { databaseUrl, schemaPath, migrationsDir };

switch (command) {
  case 'deploy': {
    await ensureDatabase(databaseUrl);
    const applied = await applyMigrations(target);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
    break;
  }
  case 'status': {
    const pending = await pendingMigrations(databaseUrl, migrationsDir);
    console.log(pending.length ? `pending: ${pending.join(', ')}` : 'all migrations applied');
    process.exitCode = pending.length ? 1 : 0;
    break;
  }
  case 'drift': {
    const sql = await diffDatabaseToSchema(target);
    console.log(sql === '' ? 'no drift: the database matches schema.prisma' : `drift:\n${sql}`);
    process.exitCode = sql === '' ? 0 : 1;
    break;
  }
  case 'create': {
    if (!name) throw new Error('create needs a migration name');
    const folder = await createMigration(target, name);
    console.log(
      folder
        ? `created ${path.relative(process.cwd(), folder)}`
        : 'schema.prisma matches the migrations: nothing to create',
    );
    break;
  }
  default:
    console.error(`unknown command ${command}`);
    process.exit(2);
}
