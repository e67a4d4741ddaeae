// Logging in: rate limits first, then the password (argon2id, constant work when the account is
// unknown), then a session. Every attempt is recorded, and successes and failures are in the log.
import type { Role } from '../../domain/access.ts';
import { recordActivity } from '../activity.ts';
import type { Db } from '../db.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { loginBlocked, recordAttempt, type LoginLimits } from './rate-limit.ts';
import { createSession, type SessionSettings } from './session.ts';

export type LoginResult =
  | { ok: true; token: string; user: { id: string; name: string; role: Role; villageId: string | null } }
  | { ok: false; reason: 'invalid' | 'blocked' };

export async function login(
  db: Db,
  settings: SessionSettings & { limits: LoginLimits },
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  if (await loginBlocked(db, email, input.ip, settings.limits)) {
    await recordActivity(db, {
      who: { userId: null, email, role: null },
      villageId: null,
      action: 'auth.login_blocked',
      ip: input.ip,
    });
    return { ok: false, reason: 'blocked' };
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await dummyHash(), input.password).then(() => false);
  if (!user || !ok || !user.active) {
    await recordAttempt(db, email, input.ip, false);
    await recordActivity(db, {
      who: { userId: user?.id ?? null, email, role: null },
      villageId: user?.villageId ?? null,
      action: 'auth.login_failed',
      ip: input.ip,
    });
    return { ok: false, reason: 'invalid' };
  }
  await recordAttempt(db, email, input.ip, true);
  const { token } = await createSession(db, settings, user, { ip: input.ip, userAgent: input.userAgent });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordActivity(db, {
    who: { userId: user.id, email: user.email, role: user.role as Role },
    villageId: user.villageId,
    action: 'auth.login',
    ip: input.ip,
  });
  return {
    ok: true,
    token,
    user: { id: user.id, name: user.name, role: user.role as Role, villageId: user.villageId },
  };
}
