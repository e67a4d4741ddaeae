// case-service's internal API as the dashboard uses it. Every call names the village the caller was
// authorized for; case-service answers 404 for a complaint of another village.
import type { AreaCount } from '../../domain/analytics.ts';
import type { ComplaintView } from '../../domain/complaint-row.ts';
import type { ComplaintStatus } from '../../domain/complaint-lifecycle.ts';
import type { DailyPoint } from '../../domain/dashboard-stats.ts';
import type { Category } from '../../domain/settings.ts';
import type { Holiday } from '../../domain/village-settings.ts';
import { serviceJson } from './internal-fetch.ts';

export interface HistoryEntry {
  at: string;
  actor: string;
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  note: string | null;
  photoMediaId: string | null;
}

export type ComplaintDetail = ComplaintView & {
  history: HistoryEntry[];
  verifiedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  possibleDuplicateOf: string | null;
  mergedInto: string | null;
};

export interface ComplaintStats {
  total: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  /** Most complaints first; absent from a case-service older than the area breakdown. */
  byArea?: AreaCount[];
  daily: DailyPoint[];
  overdueNow: number;
  medianSecondsToVerify?: number | null;
  medianSecondsToResolve?: number | null;
  sla?: Record<'verification' | 'resolution', { met: number; of: number; ratio: number | null }>;
}

export interface ComplaintListQuery {
  status?: string;
  category?: string;
  q?: string;
  overdue?: string;
  sort?: string;
  order?: string;
  cursor?: string;
  limit?: number;
}

const enc = encodeURIComponent;

export const caseClient = {
  list(villageId: string, q: ComplaintListQuery) {
    const params = new URLSearchParams({ villageId });
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
    return serviceJson<{
      items: (ComplaintView & { resolvedAt?: string | null })[];
      nextCursor: string | null;
    }>('case', `/internal/complaints?${params}`);
  },
  get(villageId: string, id: string) {
    return serviceJson<ComplaintDetail>(
      'case',
      `/internal/complaints/${enc(id)}?villageId=${enc(villageId)}`,
    );
  },
  updateStatus(
    villageId: string,
    id: string,
    body: { status: ComplaintStatus; actor: string; note?: string; photoMediaId?: string },
  ) {
    return serviceJson<ComplaintDetail>('case', `/internal/complaints/${enc(id)}`, {
      method: 'PUT',
      body: { villageId, ...body },
    });
  },
  stats(villageId: string, from: Date, to: Date) {
    const params = new URLSearchParams({ villageId, from: from.toISOString(), to: to.toISOString() });
    return serviceJson<ComplaintStats>('case', `/internal/complaints/stats?${params}`);
  },
  putCategory(villageId: string, slug: string, input: Omit<Category, 'slug'>) {
    return serviceJson<Category>('case', `/internal/categories/${enc(slug)}`, {
      method: 'PUT',
      body: { villageId, ...input },
    });
  },
  categories(villageId: string) {
    return serviceJson<{ categories: Category[] }>(
      'case',
      `/internal/categories?villageId=${enc(villageId)}`,
    );
  },
  holidays(villageId: string, year: number) {
    return serviceJson<{ holidays: Holiday[] }>(
      'case',
      `/internal/holidays?villageId=${enc(villageId)}&year=${year}`,
    );
  },
  putHoliday(villageId: string, date: string, name: string) {
    return serviceJson<Holiday>('case', `/internal/holidays/${enc(date)}`, {
      method: 'PUT',
      body: { villageId, name },
    });
  },
  deleteHoliday(villageId: string, date: string) {
    return serviceJson<unknown>('case', `/internal/holidays/${enc(date)}?villageId=${enc(villageId)}`, {
      method: 'DELETE',
    });
  },
};
