import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration, diffDatabaseToSchema, pendingMigrations } from './migrations.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const SCHEMA = `
datasource db {
  provider = "postgresql"
}
model Thing {
  id   String  @id
  name String?
  n    Int     @default(0)
  @@index([name])
}
`;

function project(schema = SCHEMA) {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-migrate-'));
  writeFileSync(path.join(dir, 'schema.prisma'), schema);
  return { dir, schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
}

async function sql(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

describe('migrations with the WebAssembly schema engine', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
  });

  it('when a schema is new, then create writes a migration that apply turns into exactly that schema', async () => {
    db = await createTestDatabase('dbm_create');
    const p = project();
    const folder = await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'init');
    expect(folder).toMatch(/\d{14}_init$/);
    expect(await pendingMigrations(db.url, p.migrationsDir)).toHaveLength(1);

    const applied = await applyMigrations({ databaseUrl: db.url, schemaPath: p.schemaPath });
    expect(applied).toEqual([path.basename(folder!)]);
    expect(await pendingMigrations(db.url, p.migrationsDir)).toEqual([]);
    expect(await diffDatabaseToSchema({ databaseUrl: db.url, schemaPath: p.schemaPath })).toBe('');
    // Prisma's own bookkeeping, so `prisma migrate deploy` sees the same history.
    const rows = await sql(db.url, 'SELECT migration_name, checksum, finished_at FROM _prisma_migrations');
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when migrations were applied, then applying again changes nothing', async () => {
    db = await createTestDatabase('dbm_twice');
    const p = project();
    await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'init');
    await applyMigrations({ databaseUrl: db.url, schemaPath: p.schemaPath });
    expect(await applyMigrations({ databaseUrl: db.url, schemaPath: p.schemaPath })).toEqual([]);
    expect(await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'noop')).toBeNull();
  });

  it('when the database differs from schema.prisma, then drift is reported with the SQL that would fix it', async () => {
    db = await createTestDatabase('dbm_drift');
    const p = project();
    await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'init');
    await applyMigrations({ databaseUrl: db.url, schemaPath: p.schemaPath });
    await sql(db.url, 'ALTER TABLE "Thing" ADD COLUMN extra integer');
    expect(await diffDatabaseToSchema({ databaseUrl: db.url, schemaPath: p.schemaPath })).toContain(
      'DROP COLUMN "extra"',
    );
  });

  it('when schema.prisma gains a field without a migration, then the migrated database shows drift', async () => {
    db = await createTestDatabase('dbm_missing');
    const p = project();
    await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'init');
    const changed = project(
      SCHEMA.replace('n    Int     @default(0)', 'n    Int     @default(0)\n  tag String?'),
    );
    cpSync(p.migrationsDir, changed.migrationsDir, { recursive: true });
    await applyMigrations({ databaseUrl: db.url, schemaPath: changed.schemaPath });
    expect(await diffDatabaseToSchema({ databaseUrl: db.url, schemaPath: changed.schemaPath })).toContain(
      '"tag" TEXT',
    );
  });

  it('when a migration fails, then the error names it and it is not recorded as applied', async () => {
    db = await createTestDatabase('dbm_fail');
    const p = project();
    await createMigration({ databaseUrl: db.url, schemaPath: p.schemaPath }, 'init');
    const bad = path.join(p.migrationsDir, '29990101000000_broken');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'migration.sql'), 'ALTER TABLE "Nope" ADD COLUMN x int;');
    await expect(applyMigrations({ databaseUrl: db.url, schemaPath: p.schemaPath })).rejects.toThrow(
      /29990101000000_broken/,
    );
    expect(await pendingMigrations(db.url, p.migrationsDir)).toEqual(['29990101000000_broken']);
  });
});
