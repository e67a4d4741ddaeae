import { describe, expect, it } from 'vitest';
import type { Principal } from './access.ts';
import { mayDeleteView, SavedViewForm, viewQuery } from './saved-views.ts';

const user = (role: Principal['role'], userId = 'u1'): Principal => ({
  userId,
  email: `${userId}@desa.id`,
  name: userId,
  role,
  villageId: role === 'superadmin' ? null : 'desa-a',
});

describe('saved views of the case list', () => {
  it('when a list URL is saved, then only the known filters are kept, without the page cursor', () => {
    expect(viewQuery('?status=RECEIVED&category=jalan_rusak&cursor=abc&foo=bar')).toBe(
      'status=RECEIVED&category=jalan_rusak',
    );
    expect(viewQuery('overdue=true&sort=resolutionDueAt&order=asc&q=lampu')).toBe(
      'q=lampu&overdue=true&sort=resolutionDueAt&order=asc',
    );
    expect(viewQuery('status=NOPE&category=Bad Slug')).toBe('');
  });

  it('when a name is empty or too long, then the form is refused with a reason', () => {
    expect(SavedViewForm.safeParse({ name: '  ', query: '' }).success).toBe(false);
    expect(SavedViewForm.safeParse({ name: 'x'.repeat(61), query: '' }).success).toBe(false);
    expect(SavedViewForm.parse({ name: ' Jalan terlambat ', query: 'overdue=true' })).toEqual({
      name: 'Jalan terlambat',
      query: 'overdue=true',
      shared: false,
    });
  });

  it('when someone deletes a view, then only its owner may, or an admin when it is shared', () => {
    const own = { userId: 'u1', shared: false };
    const sharedByOther = { userId: 'u2', shared: true };
    const privateOfOther = { userId: 'u2', shared: false };
    expect(mayDeleteView(user('officer'), own)).toBe(true);
    expect(mayDeleteView(user('officer'), sharedByOther)).toBe(false);
    expect(mayDeleteView(user('village_admin'), sharedByOther)).toBe(true);
    expect(mayDeleteView(user('superadmin'), sharedByOther)).toBe(true);
    expect(mayDeleteView(user('village_admin'), privateOfOther)).toBe(false);
  });
});
