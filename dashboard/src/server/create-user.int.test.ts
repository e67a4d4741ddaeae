// The create-user command against a real gc_dashboard (a throwaway database), run as an operator would.
import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from './auth/login.ts';
import { createPrismaClient, type Db } from './db.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DASHBOARD = path.resolve(here, '../..');
const SCHEMA = path.join(DASHBOARD, 'prisma/schema.prisma');
const settings = {
  jwtSecret: 'test-secret',
  jwtTtlSeconds: 900,
  sessionTtlHours: 12,
  limits: { perAccount: 50, perAddress: 50, windowMinutes: 15 },
};
let database: TestDatabase;
let db: Db;

function createUserCli(args: string[], password: string) {
  const run = spawnSync('npx', ['tsx', 'src/create-user.cli.ts', ...args], {
    cwd: DASHBOARD,
    input: `${password}\n`,
    encoding: 'utf8',
    // Production mode: the command is the way to the first account where the demo seed refuses.
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      APP_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      INTERNAL_API_KEY: 'k'.repeat(32),
    },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  database = await createTestDatabase('dash_create_user');
  await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA });
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('create-user', () => {
  it('when an operator creates the first superadmin in production, then that account can log in and the log says so', async () => {
    const run = createUserCli(
      ['--email', 'Camat@Kab.go.id', '--name', 'Pak Camat', '--role', 'superadmin'],
      'rahasia-sekali-9',
    );
    expect(run.out).toContain('created camat@kab.go.id');
    expect(run.status).toBe(0);
    const session = await login(db, settings, {
      email: 'camat@kab.go.id',
      password: 'rahasia-sekali-9',
      ip: '192.0.2.9',
      userAgent: 'vitest',
    });
    expect(session.ok).toBe(true);
    const logged = await db.activityLog.findMany({ where: { action: 'user.created' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.after).toMatchObject({ email: 'camat@kab.go.id', role: 'superadmin' });
    expect(JSON.stringify(logged)).not.toContain('rahasia');
  });

  it('when the input is wrong, then nothing is created and every reason is named', async () => {
    const run = createUserCli(['--email', 'not-an-email', '--name', 'X', '--role', 'officer'], 'short');
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/email: /);
    expect(run.out).toContain('password: at least 10 characters');
    expect(run.out).toContain('village: a village_admin or officer needs --village');
    expect(await db.user.count()).toBe(1);
  });

  it('when the account exists, then it is kept unless --reset-password is given, which replaces the password', async () => {
    const again = createUserCli(
      ['--email', 'camat@kab.go.id', '--name', 'Pak Camat', '--role', 'superadmin'],
      'lain-lagi-1234',
    );
    expect(again.status).toBe(1);
    expect(again.out).toContain('already exists');
    const reset = createUserCli(
      ['--email', 'camat@kab.go.id', '--name', 'Pak Camat', '--role', 'superadmin', '--reset-password'],
      'lain-lagi-1234',
    );
    expect(reset.status).toBe(0);
    expect(reset.out).toContain('password reset for camat@kab.go.id');
    const old = await login(db, settings, {
      email: 'camat@kab.go.id',
      password: 'rahasia-sekali-9',
      ip: '192.0.2.9',
      userAgent: 'vitest',
    });
    expect(old.ok).toBe(false);
    const fresh = await login(db, settings, {
      email: 'camat@kab.go.id',
      password: 'lain-lagi-1234',
      ip: '192.0.2.9',
      userAgent: 'vitest',
    });
    expect(fresh.ok).toBe(true);
  });

  it('when an argument is unknown, then it says how to use it', () => {
    const run = createUserCli(['--emial', 'x'], 'whatever-long');
    expect(run.status).toBe(2);
    expect(run.out).toContain('usage: create-user');
  });
});
