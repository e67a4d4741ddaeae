// The case list's filters as they appear in the URL (bookmarkable), read leniently: an unknown value
// is dropped rather than failing the page, and only what case-service accepts is passed on.
import { COMPLAINT_STATUSES } from './complaint-lifecycle.ts';

export interface ListFilters {
  status?: string;
  category?: string;
  q?: string;
  overdue?: 'true';
  sort: 'createdAt' | 'updatedAt' | 'resolutionDueAt';
  order: 'asc' | 'desc';
  cursor?: string;
}

const SORTS = ['createdAt', 'updatedAt', 'resolutionDueAt'] as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function one(p: Params, key: string): string | undefined {
  const v = p instanceof URLSearchParams ? (p.get(key) ?? undefined) : p[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() || undefined;
}

export function parseListFilters(p: Params): ListFilters {
  const statuses = (one(p, 'status') ?? '')
    .split(',')
    .filter((s): s is (typeof COMPLAINT_STATUSES)[number] =>
      (COMPLAINT_STATUSES as readonly string[]).includes(s),
    );
  const category = one(p, 'category');
  const sort = one(p, 'sort');
  const q = one(p, 'q');
  const cursor = one(p, 'cursor');
  return {
    ...(statuses.length ? { status: statuses.join(',') } : {}),
    ...(category && /^[a-z][a-z0-9_]{1,62}$/.test(category) ? { category } : {}),
    ...(q ? { q: q.slice(0, 200) } : {}),
    ...(one(p, 'overdue') === 'true' ? { overdue: 'true' as const } : {}),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as ListFilters['sort']) : 'createdAt',
    order: one(p, 'order') === 'asc' ? 'asc' : 'desc',
    ...(cursor && cursor.length <= 500 ? { cursor } : {}),
  };
}

/** The URL query of `filters` with `changes` applied (a new filter or sort starts from the first page). */
export function filtersQuery(
  filters: ListFilters,
  changes: Partial<Record<keyof ListFilters, string | undefined>> = {},
) {
  const merged: Record<string, string | undefined> = { ...filters, cursor: undefined, ...changes };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
  if (params.get('sort') === 'createdAt') params.delete('sort');
  if (params.get('order') === 'desc') params.delete('order');
  return params.toString();
}
