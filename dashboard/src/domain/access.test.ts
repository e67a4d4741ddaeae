import { describe, expect, it } from 'vitest';
import {
  authorize,
  hasPermission,
  mayChangeKnowledge,
  mayManageUser,
  sameVillage,
  type Principal,
} from './access.ts';

const officerA: Principal = {
  userId: 'u1',
  email: 'a@desa-a.id',
  name: 'A',
  role: 'officer',
  villageId: 'desa-a',
};
const adminA: Principal = { ...officerA, userId: 'u2', role: 'village_admin' };
const root: Principal = { userId: 'u3', email: 'root@x', name: 'Root', role: 'superadmin', villageId: null };

describe('access rules', () => {
  it('when an officer works without naming a village, then it is their own village', () => {
    expect(authorize(officerA, 'cases:read')).toEqual({ ok: true, villageId: 'desa-a' });
  });

  it('when an officer names another village in a request, then it is refused with 403, not silently replaced', () => {
    const d = authorize(officerA, 'inbox:read', 'desa-b');
    expect(d).toMatchObject({ ok: false, status: 403, code: 'OTHER_VILLAGE' });
  });

  it('when an officer names their own village, then it is allowed', () => {
    expect(authorize(officerA, 'inbox:write', 'desa-a')).toEqual({ ok: true, villageId: 'desa-a' });
  });

  it('when an officer opens the activity log or user management, then the role refuses it', () => {
    expect(authorize(officerA, 'activity:read')).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
    expect(authorize(officerA, 'users:manage')).toMatchObject({ ok: false, status: 403 });
  });

  it('when a village admin reads the activity log, then it is their village; villages themselves stay superadmin-only', () => {
    expect(authorize(adminA, 'activity:read')).toEqual({ ok: true, villageId: 'desa-a' });
    expect(authorize(adminA, 'villages:manage')).toMatchObject({ ok: false, status: 403 });
    expect(authorize(adminA, 'cases:read', 'desa-b')).toMatchObject({ ok: false, code: 'OTHER_VILLAGE' });
  });

  it('when a superadmin names a village, then it is used; without one, then the active village; with neither, 400', () => {
    expect(authorize(root, 'cases:read', 'desa-b', 'desa-a')).toEqual({ ok: true, villageId: 'desa-b' });
    expect(authorize(root, 'cases:read', null, 'desa-a')).toEqual({ ok: true, villageId: 'desa-a' });
    expect(authorize(root, 'cases:read')).toMatchObject({ ok: false, status: 400, code: 'VILLAGE_REQUIRED' });
  });

  it('when a village-bound account has no village, then nothing is allowed', () => {
    expect(authorize({ ...officerA, villageId: null }, 'cases:read')).toMatchObject({
      ok: false,
      code: 'NO_VILLAGE',
    });
  });

  it('when a resource names no village or another, then it is not the same village', () => {
    expect(sameVillage('desa-a', 'desa-a')).toBe(true);
    expect(sameVillage('desa-a', 'desa-b')).toBe(false);
    expect(sameVillage('desa-a', null)).toBe(false);
    expect(sameVillage('desa-a', '')).toBe(false);
  });

  it('when the grants are listed, then every role may work cases and the inbox', () => {
    for (const role of ['superadmin', 'village_admin', 'officer'] as const)
      for (const p of ['cases:read', 'cases:update', 'inbox:read', 'inbox:write'] as const)
        expect(hasPermission(role, p)).toBe(true);
  });

  it('when an officer opens the knowledge base, then they may read and test it but not change it', () => {
    expect(authorize(officerA, 'knowledge:read')).toEqual({ ok: true, villageId: 'desa-a' });
    expect(authorize(officerA, 'knowledge:write')).toMatchObject({
      ok: false,
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(mayChangeKnowledge(officerA, 'desa-a', 'desa-a')).toBe(false);
  });

  it('when a village admin changes knowledge, then only those of their village, never global nor another village', () => {
    expect(authorize(adminA, 'knowledge:write')).toEqual({ ok: true, villageId: 'desa-a' });
    expect(mayChangeKnowledge(adminA, 'desa-a', 'desa-a')).toBe(true);
    expect(mayChangeKnowledge(adminA, 'desa-a', null)).toBe(false);
    expect(mayChangeKnowledge(adminA, 'desa-a', 'desa-b')).toBe(false);
  });

  it('when the superadmin changes knowledge, then global entries and those of the chosen village are allowed', () => {
    expect(mayChangeKnowledge(root, 'desa-a', null)).toBe(true);
    expect(mayChangeKnowledge(root, 'desa-a', 'desa-a')).toBe(true);
    expect(mayChangeKnowledge(root, 'desa-a', 'desa-b')).toBe(false);
  });

  it('when users are managed, then only other accounts of the same village, never a superadmin nor oneself', () => {
    const officer = { userId: 'u1', role: 'officer' as const, villageId: 'desa-a' };
    expect(mayManageUser(adminA, 'desa-a', officer)).toBe(true);
    expect(mayManageUser(adminA, 'desa-a', { ...officer, villageId: 'desa-b' })).toBe(false);
    expect(
      mayManageUser(adminA, 'desa-a', { userId: 'u2', role: 'village_admin', villageId: 'desa-a' }),
    ).toBe(false);
    expect(mayManageUser(adminA, 'desa-a', { userId: 'u3', role: 'superadmin', villageId: null })).toBe(
      false,
    );
    expect(mayManageUser(officerA, 'desa-a', { ...officer, userId: 'u9' })).toBe(false);
    expect(mayManageUser(root, 'desa-a', officer)).toBe(true);
  });

  it('when settings are opened, then village admins and the superadmin may change them, officers not', () => {
    expect(authorize(officerA, 'settings:manage')).toMatchObject({ ok: false, status: 403 });
    expect(authorize(adminA, 'settings:manage')).toEqual({ ok: true, villageId: 'desa-a' });
    expect(authorize(officerA, 'analytics:read')).toEqual({ ok: true, villageId: 'desa-a' });
  });
});
