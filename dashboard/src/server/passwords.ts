// Passwords from the dashboard: a user changes their own (the current one first, counted like a
// login so a stolen session cannot guess it; their other sessions end), and an admin sets a new one
// for an account they manage (a forgotten password; every session of that account ends).
import { z } from 'zod';
import { mayManageUser } from '../domain/access.ts';
import { config } from '../config.ts';
import { recordActivity, recordChange } from './activity.ts';
import { hashPassword, verifyPassword } from './auth/password.ts';
import { loginBlocked, loginLimits, recordAttempt } from './auth/rate-limit.ts';
import { revokeUserSessions } from './auth/session.ts';
import { db } from './db.ts';
import type { Access } from './http/current-user.ts';
import type { ResolvedSession } from './auth/session.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

const NewPassword = z.string().min(8, 'Kata sandi baru minimal 8 karakter.').max(200);

export const PasswordReset = z.object({ password: NewPassword });

export const PasswordChange = z
  .object({ current: z.string().min(1, 'Kata sandi saat ini wajib diisi.').max(200), password: NewPassword })
  .refine((v) => v.current !== v.password, {
    message: 'Kata sandi baru harus berbeda dari yang lama.',
    path: ['password'],
  });

export async function resetUserPassword(a: Access, id: string, password: string, ip: string) {
  const target = z.uuid().safeParse(id).success ? await db().user.findUnique({ where: { id } }) : null;
  if (!target || target.villageId !== a.villageId)
    throw new UpstreamProblem(404, 'USER_NOT_FOUND', 'Pengguna tidak ditemukan.', {});
  if (
    !mayManageUser(a.user, a.villageId, { userId: target.id, role: target.role, villageId: target.villageId })
  )
    throw new UpstreamProblem(
      403,
      'USER_PROTECTED',
      'Kata sandi akun Anda sendiri diganti di halaman Akun saya.',
      {},
    );
  await db().user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } });
  const ended = await revokeUserSessions(db(), id);
  await recordChange(a, ip, {
    action: 'user.password_reset',
    targetType: 'user',
    targetId: id,
    before: { email: target.email },
    after: { email: target.email, sessionsEnded: ended },
  });
  return { id, sessionsEnded: ended };
}

export async function changeOwnPassword(
  user: ResolvedSession,
  input: z.infer<typeof PasswordChange>,
  ip: string,
) {
  const c = config();
  const limits = loginLimits(c);
  const who = { userId: user.userId, email: user.email, role: user.role };
  if (await loginBlocked(db(), user.email, ip, limits))
    throw new UpstreamProblem(
      429,
      'TOO_MANY_ATTEMPTS',
      `Terlalu banyak percobaan gagal. Coba lagi dalam ${c.LOGIN_WINDOW_MINUTES} menit.`,
      {},
    );
  const row = await db().user.findUniqueOrThrow({ where: { id: user.userId } });
  if (!(await verifyPassword(row.passwordHash, input.current))) {
    await recordAttempt(db(), user.email, ip, false);
    await recordActivity(db(), { who, villageId: user.villageId, action: 'auth.password_change_failed', ip });
    throw new UpstreamProblem(400, 'WRONG_PASSWORD', 'Kata sandi saat ini salah.', {});
  }
  await db().user.update({
    where: { id: row.id },
    data: { passwordHash: await hashPassword(input.password) },
  });
  // Every other session ends (a device that may know the old password); this one goes on.
  const ended = await revokeUserSessions(db(), row.id, user.sessionId);
  await recordActivity(db(), {
    who,
    villageId: user.villageId,
    action: 'user.password_change',
    targetType: 'user',
    targetId: row.id,
    after: { otherSessionsEnded: ended },
    ip,
  });
  return { otherSessionsEnded: ended };
}
