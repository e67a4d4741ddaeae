// Login, sessions and rate limits against a real gc_dashboard (a throwaway database).
import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../db.ts';
import { seedDemoUsers, upsertUser } from '../users.ts';
import { login } from './login.ts';
import { signSessionToken } from './jwt.ts';
import { resolveSession, revokeUserSessions } from './session.ts';

const SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/schema.prisma');
const settings = {
  jwtSecret: 'test-secret',
  jwtTtlSeconds: 900,
  sessionTtlHours: 12,
  limits: { perAccount: 3, perAddress: 5, windowMinutes: 15 },
};
let database: TestDatabase;
let db: Db;
const attempt = (email: string, password: string, ip = '192.0.2.1') =>
  login(db, settings, { email, password, ip, userAgent: 'vitest' });

beforeAll(async () => {
  database = await createTestDatabase('dash_login');
  await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA });
  db = createPrismaClient(database.url);
  expect(await seedDemoUsers(db)).toEqual(['admin@sukamaju.desa.id', 'root@govconnect.local']);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('login and sessions', () => {
  it('when the demo seed runs again, then nothing is created twice', async () => {
    expect(await seedDemoUsers(db)).toEqual([]);
    expect(await db.user.count()).toBe(2);
  });

  it('when the demo admin logs in (any case of e-mail), then a session resolves to a village_admin of desa-sukamaju', async () => {
    const r = await attempt('Admin@Sukamaju.desa.id', 'sukamaju123');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const who = await resolveSession(db, settings, r.token);
    expect(who).toMatchObject({
      email: 'admin@sukamaju.desa.id',
      role: 'village_admin',
      villageId: 'desa-sukamaju',
    });
    const hash = (await db.user.findUniqueOrThrow({ where: { email: 'admin@sukamaju.desa.id' } }))
      .passwordHash;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await db.activityLog.count({ where: { action: 'auth.login' } })).toBe(1);
  });

  it('when the password is wrong or the account unknown, then both answer "invalid" and are logged', async () => {
    expect(await attempt('root@govconnect.local', 'wrong')).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt('nobody@nowhere.id', 'whatever', '192.0.2.9')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await db.activityLog.count({ where: { action: 'auth.login_failed' } })).toBe(2);
  });

  it('when an account fails too often, then even the right password is refused until the window passes', async () => {
    await upsertUser(db, {
      email: 'x@desa-b.id',
      name: 'X',
      password: 'benar123',
      role: 'officer',
      villageId: 'desa-b',
    });
    for (let i = 0; i < 3; i++) await attempt('x@desa-b.id', `salah${i}`, `198.51.100.${i}`);
    expect(await attempt('x@desa-b.id', 'benar123', '198.51.100.50')).toEqual({
      ok: false,
      reason: 'blocked',
    });
  });

  it('when one address fails on many accounts, then that address is blocked, others are not', async () => {
    for (let i = 0; i < 5; i++) await attempt(`spray${i}@desa-b.id`, 'x', '203.0.113.66');
    expect(await attempt('root@govconnect.local', 'govconnect123', '203.0.113.66')).toEqual({
      ok: false,
      reason: 'blocked',
    });
    expect((await attempt('root@govconnect.local', 'govconnect123', '203.0.113.67')).ok).toBe(true);
  });

  it('when sessions are revoked or the user deactivated, then a still-valid token resolves to nobody', async () => {
    const r = await attempt('root@govconnect.local', 'govconnect123', '203.0.113.80');
    if (!r.ok) throw new Error('login failed');
    expect(await resolveSession(db, settings, r.token)).not.toBeNull();
    expect(await revokeUserSessions(db, r.user.id)).toBeGreaterThan(0);
    expect(await resolveSession(db, settings, r.token)).toBeNull();

    const again = await attempt('admin@sukamaju.desa.id', 'sukamaju123', '203.0.113.81');
    if (!again.ok) throw new Error('login failed');
    await db.user.update({ where: { id: again.user.id }, data: { active: false } });
    expect(await resolveSession(db, settings, again.token)).toBeNull();
    await db.user.update({ where: { id: again.user.id }, data: { active: true } });
  });

  it('when a token names a session of another user, then it resolves to nobody', async () => {
    const r = await attempt('admin@sukamaju.desa.id', 'sukamaju123', '203.0.113.90');
    if (!r.ok) throw new Error('login failed');
    const session = await db.session.findFirstOrThrow({
      where: { userId: r.user.id },
      orderBy: { createdAt: 'desc' },
    });
    const forged = signSessionToken(
      settings.jwtSecret,
      session.id,
      '00000000-0000-0000-0000-000000000000',
      900,
    );
    expect(await resolveSession(db, settings, forged)).toBeNull();
  });
});
