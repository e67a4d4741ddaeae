import { describe, expect, it } from 'vitest';
import { filtersQuery, parseListFilters } from './complaint-filters.ts';

describe('case list filters in the URL', () => {
  it('when the URL is empty, then the list is newest first', () => {
    expect(parseListFilters({})).toEqual({ sort: 'createdAt', order: 'desc' });
  });

  it('when the URL carries unknown statuses, sorts or a bad category, then they are dropped, not sent on', () => {
    const f = parseListFilters({
      status: 'RECEIVED,DROP TABLE,VERIFIED',
      sort: 'password',
      category: 'Jalan Rusak!',
    });
    expect(f).toEqual({ status: 'RECEIVED,VERIFIED', sort: 'createdAt', order: 'desc' });
  });

  it('when a search, the overdue flag and a cursor are given, then they are kept (search trimmed to 200)', () => {
    const f = parseListFilters(
      new URLSearchParams({ q: `  ${'x'.repeat(300)} `, overdue: 'true', cursor: 'abc', order: 'asc' }),
    );
    expect(f.q).toHaveLength(200);
    expect(f).toMatchObject({ overdue: 'true', cursor: 'abc', order: 'asc' });
  });

  it('when a sort is changed, then the query starts again from the first page and leaves defaults out', () => {
    const f = parseListFilters({ status: 'RECEIVED', cursor: 'page2' });
    expect(filtersQuery(f, { sort: 'resolutionDueAt', order: 'asc' })).toBe(
      'status=RECEIVED&sort=resolutionDueAt&order=asc',
    );
    expect(filtersQuery(f)).toBe('status=RECEIVED');
    expect(filtersQuery(f, { cursor: 'next' })).toBe('status=RECEIVED&cursor=next');
  });
});
