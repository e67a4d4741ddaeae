// Who may do what, and in which village: the one place the dashboard's access rules live. Pages and
// route handlers ask `authorize` before any read or write; it never trusts a village from the request
// for anyone but a superadmin.
export const ROLES = ['superadmin', 'village_admin', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'cases:read'
  | 'cases:update'
  | 'inbox:read'
  | 'inbox:write'
  | 'activity:read'
  | 'knowledge:read'
  | 'knowledge:write'
  | 'analytics:read'
  | 'settings:manage'
  | 'users:manage'
  | 'villages:manage';

const GRANTS: Record<Role, readonly Permission[]> = {
  superadmin: [
    'cases:read',
    'cases:update',
    'inbox:read',
    'inbox:write',
    'activity:read',
    'knowledge:read',
    'knowledge:write',
    'analytics:read',
    'settings:manage',
    'users:manage',
    'villages:manage',
  ],
  // The knowledge base is what the bot tells every citizen: officers read and try it (the test box
  // stores nothing), only a village admin (or the superadmin) changes it.
  village_admin: [
    'cases:read',
    'cases:update',
    'inbox:read',
    'inbox:write',
    'activity:read',
    'knowledge:read',
    'knowledge:write',
    'analytics:read',
    'settings:manage',
    'users:manage',
  ],
  // Settings (categories and SLA, templates, on-duty numbers, users) are the village admin's.
  officer: ['cases:read', 'cases:update', 'inbox:read', 'inbox:write', 'knowledge:read', 'analytics:read'],
};

export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The user's own village; null only for superadmin. */
  villageId: string | null;
}

export type Decision =
  { ok: true; villageId: string } | { ok: false; status: 403 | 400; code: string; reason: string };

export function hasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * Decides whether `who` may use `permission` and in which village. `requested` is the village the
 * request names (a query parameter, a body field), `active` the superadmin's chosen village.
 * A village-bound user always works in their own village; naming another is refused, not ignored,
 * so an edited URL shows an error instead of silently different data.
 */
export function authorize(
  who: Principal,
  permission: Permission,
  requested?: string | null,
  active?: string | null,
): Decision {
  if (!hasPermission(who.role, permission))
    return {
      ok: false,
      status: 403,
      code: 'FORBIDDEN',
      reason: 'Peran Anda tidak mengizinkan tindakan ini.',
    };
  if (who.role === 'superadmin') {
    const villageId = requested || active;
    if (!villageId)
      return { ok: false, status: 400, code: 'VILLAGE_REQUIRED', reason: 'Pilih desa terlebih dahulu.' };
    return { ok: true, villageId };
  }
  if (!who.villageId)
    return {
      ok: false,
      status: 403,
      code: 'NO_VILLAGE',
      reason: 'Akun Anda tidak terhubung ke desa mana pun.',
    };
  if (requested && requested !== who.villageId)
    return {
      ok: false,
      status: 403,
      code: 'OTHER_VILLAGE',
      reason: 'Anda tidak berhak mengakses data desa lain.',
    };
  return { ok: true, villageId: who.villageId };
}

/** Whether a resource that belongs to `resourceVillageId` may be touched by a decision for `villageId`. */
export function sameVillage(villageId: string, resourceVillageId: string | null | undefined): boolean {
  return !!resourceVillageId && resourceVillageId === villageId;
}

/**
 * Whether `who`, working in `villageId` with 'knowledge:write', may change a knowledge entry or
 * document owned by `ownerVillageId`. Global knowledge (owner null) is shared by every village, so
 * only the superadmin changes it; a village admin changes their own village's only.
 */
export function mayChangeKnowledge(
  who: Principal,
  villageId: string,
  ownerVillageId: string | null,
): boolean {
  if (!hasPermission(who.role, 'knowledge:write')) return false;
  if (ownerVillageId === null) return who.role === 'superadmin';
  return ownerVillageId === villageId;
}

/** Roles given on Pengaturan; a superadmin account is made with create-user.cli.ts only. */
export const ASSIGNABLE_ROLES = ['officer', 'village_admin'] as const satisfies readonly Role[];

/**
 * Whether `who`, working in `villageId`, may change the account `target` (role, active, name).
 * Only users of that village, never a superadmin account, and never one's own (no one locks
 * themselves out or raises themselves).
 */
export function mayManageUser(
  who: Principal,
  villageId: string,
  target: { userId: string; role: Role; villageId: string | null },
): boolean {
  if (!hasPermission(who.role, 'users:manage')) return false;
  if (target.role === 'superadmin' || target.villageId !== villageId) return false;
  return target.userId !== who.userId;
}

export const ROLE_LABELS: Record<Role, string> = {
  superadmin: 'Superadmin',
  village_admin: 'Admin Desa',
  officer: 'Petugas',
};
