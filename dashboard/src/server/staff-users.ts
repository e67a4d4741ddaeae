// The village's accounts on Pengaturan: list, create (with a first password), change role, name or
// active. A deactivated account's sessions are revoked at once. Rules: domain/access.ts mayManageUser.
import { z } from 'zod';
import { ASSIGNABLE_ROLES, mayManageUser } from '../domain/access.ts';
import { recordChange } from './activity.ts';
import { revokeUserSessions } from './auth/session.ts';
import { db } from './db.ts';
import type { Access } from './http/current-user.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';
import { upsertUser } from './users.ts';

export const NewUserForm = z.object({
  email: z.email('Alamat e-mail tidak valid.').trim().toLowerCase().max(200),
  name: z.string().trim().min(1, 'Nama wajib diisi.').max(200),
  role: z.enum(ASSIGNABLE_ROLES),
  password: z.string().min(8, 'Kata sandi minimal 8 karakter.').max(200),
});

export const UserChange = z
  .object({
    role: z.enum(ASSIGNABLE_ROLES).optional(),
    active: z.boolean().optional(),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Tidak ada yang diubah.');

const snapshot = (u: { email: string; name: string; role: string; active: boolean }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
});

export function listVillageUsers(villageId: string) {
  return db().user.findMany({
    where: { villageId },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      createdAt: true,
    },
  });
}

export async function createVillageUser(a: Access, input: z.infer<typeof NewUserForm>, ip: string) {
  if (await db().user.findUnique({ where: { email: input.email } }))
    throw new UpstreamProblem(409, 'EMAIL_TAKEN', 'E-mail ini sudah dipakai akun lain.', {});
  const { user } = await upsertUser(db(), { ...input, villageId: a.villageId });
  await recordChange(a, ip, {
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    before: null,
    after: snapshot(user),
  });
  return { id: user.id, ...snapshot(user) };
}

export async function changeVillageUser(
  a: Access,
  id: string,
  change: z.infer<typeof UserChange>,
  ip: string,
) {
  const before = z.uuid().safeParse(id).success ? await db().user.findUnique({ where: { id } }) : null;
  if (!before || before.villageId !== a.villageId)
    throw new UpstreamProblem(404, 'USER_NOT_FOUND', 'Pengguna tidak ditemukan.', {});
  if (
    !mayManageUser(a.user, a.villageId, { userId: before.id, role: before.role, villageId: before.villageId })
  )
    throw new UpstreamProblem(403, 'USER_PROTECTED', 'Akun Anda sendiri tidak dapat diubah di sini.', {});
  const after = await db().user.update({ where: { id }, data: change });
  if (change.active === false || (change.role && change.role !== before.role))
    await revokeUserSessions(db(), id);
  await recordChange(a, ip, {
    action: 'user.update',
    targetType: 'user',
    targetId: id,
    before: snapshot(before),
    after: snapshot(after),
  });
  return { id, ...snapshot(after) };
}
