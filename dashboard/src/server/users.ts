// Staff accounts: creating one (seed, tests; the user pages come in a later round) and the demo users.
import type { Role } from '../domain/access.ts';
import { hashPassword } from './auth/password.ts';
import type { Db } from './db.ts';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  villageId: string | null;
}

export async function upsertUser(db: Db, u: NewUser, { resetPassword = false } = {}) {
  if (u.role !== 'superadmin' && !u.villageId) throw new Error(`${u.email}: a ${u.role} needs a village`);
  const email = u.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing && !resetPassword) return { user: existing, created: false };
  const passwordHash = await hashPassword(u.password);
  const data = {
    name: u.name,
    role: u.role,
    villageId: u.role === 'superadmin' ? null : u.villageId,
    passwordHash,
  };
  const user = existing
    ? await db.user.update({ where: { id: existing.id }, data })
    : await db.user.create({ data: { email, ...data } });
  return { user, created: !existing };
}

/** The demo accounts of ARCHITECTURE.md. */
export const DEMO_USERS: NewUser[] = [
  {
    email: 'admin@sukamaju.desa.id',
    name: 'Admin Desa Sukamaju',
    password: 'sukamaju123',
    role: 'village_admin',
    villageId: 'desa-sukamaju',
  },
  {
    email: 'root@govconnect.local',
    name: 'Superadmin',
    password: 'govconnect123',
    role: 'superadmin',
    villageId: null,
  },
];

export async function seedDemoUsers(db: Db): Promise<string[]> {
  const created: string[] = [];
  for (const u of DEMO_USERS) if ((await upsertUser(db, u)).created) created.push(u.email);
  return created;
}
