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
  | 'users:manage'
  | 'villages:manage';

const GRANTS: Record<Role, readonly Permission[]> = {
  superadmin: [
    'cases:read',
    'cases:update',
    'inbox:read',
    'inbox:write',
    'activity:read',
    'users:manage',
    'villages:manage',
  ],
  village_admin: ['cases:read', 'cases:update', 'inbox:read', 'inbox:write', 'activity:read', 'users:manage'],
  officer: ['cases:read', 'cases:update', 'inbox:read', 'inbox:write'],
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

export const ROLE_LABELS: Record<Role, string> = {
  superadmin: 'Superadmin',
  village_admin: 'Admin Desa',
  officer: 'Petugas',
};
