// Creating a staff account from the command line: how an operator makes the first superadmin of a
// production install (the demo seed refuses to run there), or resets a forgotten password.
import { z } from 'zod';
import { ROLES } from '../domain/access.ts';
import { recordActivity } from './activity.ts';
import type { Db } from './db.ts';
import { upsertUser } from './users.ts';

export const MIN_PASSWORD_LENGTH = 10;

const request = z
  .object({
    email: z.email(),
    name: z.string().trim().min(1, 'a name is needed'),
    role: z.enum(ROLES),
    villageId: z.string().trim().min(1).nullable(),
    password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`),
    resetPassword: z.boolean(),
  })
  .refine((r) => r.role === 'superadmin' || r.villageId, {
    path: ['village'],
    message: 'a village_admin or officer needs --village',
  });

export type CreateUserRequest = z.input<typeof request>;

export type CreateUserOutcome =
  { ok: true; email: string; created: boolean; passwordReset: boolean } | { ok: false; errors: string[] };

export async function createUser(db: Db, input: CreateUserRequest): Promise<CreateUserOutcome> {
  const parsed = request.safeParse(input);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const r = parsed.data;
  const before = await db.user.findUnique({ where: { email: r.email.trim().toLowerCase() } });
  if (before && !r.resetPassword)
    return {
      ok: false,
      errors: [`email: ${before.email} already exists (--reset-password to set a new one)`],
    };
  const { user, created } = await upsertUser(
    db,
    { email: r.email, name: r.name, password: r.password, role: r.role, villageId: r.villageId },
    { resetPassword: r.resetPassword },
  );
  await recordActivity(db, {
    who: { userId: null, email: 'cli', role: null },
    villageId: user.villageId,
    action: created ? 'user.created' : 'user.password_reset',
    targetType: 'user',
    targetId: user.id,
    before: before ? { email: before.email, role: before.role, villageId: before.villageId } : undefined,
    after: { email: user.email, role: user.role, villageId: user.villageId },
  });
  return { ok: true, email: user.email, created, passwordReset: !created };
}
