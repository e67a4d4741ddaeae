// Open311 GeoReport v2 reads: the service list (a village's categories) and service requests
// (its complaints), never confidential ones and never reporter data.
import { AppError } from '@govconnect/service-kit';
import type { CaseDeps } from '../deps.ts';
import { open311Request } from '../domain/open311-view.ts';
import { listCategories } from '../repositories/category.repository.ts';
import { searchComplaints, type ComplaintFilter } from '../repositories/complaint-search.repository.ts';
import { ensureVillageSeeded } from '../repositories/village.repository.ts';

export async function open311Services(deps: CaseDeps, villageId: string) {
  const categories = await deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    return listCategories(tx, villageId);
  });
  return categories
    .filter((c) => c.active)
    .map((c) => ({
      service_code: c.slug,
      service_name: c.label,
      description: c.label,
      metadata: false,
      type: 'realtime' as const,
      keywords: c.keywords.join(','),
      group: c.defaultPriority === 'urgent' ? 'darurat' : 'umum',
    }));
}

export interface Open311Query {
  villageId: string;
  ids?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  status?: 'open' | 'closed' | undefined;
  startDate?: Date | undefined;
  endDate?: Date | undefined;
}

const OPEN = ['RECEIVED', 'VERIFIED', 'IN_PROGRESS'] as const;
const CLOSED = ['RESOLVED', 'REJECTED', 'CANCELLED'] as const;
const DEFAULT_WINDOW_MS = 90 * 86_400_000; // GeoReport v2: the last 90 days unless dates are given
const MAX_RESULTS = 1000;

export async function open311Requests(deps: CaseDeps, q: Open311Query) {
  const now = deps.now();
  const filter: ComplaintFilter = {
    villageId: q.villageId,
    publicOnly: true,
    ids: q.ids,
    category: q.serviceCodes,
    status: q.status ? [...(q.status === 'open' ? OPEN : CLOSED)] : undefined,
    from: q.ids ? q.startDate : (q.startDate ?? new Date(now.getTime() - DEFAULT_WINDOW_MS)),
    to: q.endDate,
  };
  const { items } = await searchComplaints(
    deps.db,
    filter,
    { sort: 'createdAt', order: 'desc', limit: MAX_RESULTS },
    now,
  );
  const labels = new Map((await listCategories(deps.db, q.villageId)).map((c) => [c.slug, c.label]));
  return items.map((c) => open311Request(c, labels.get(c.category) ?? null));
}

export async function getOpen311Request(deps: CaseDeps, villageId: string, id: string) {
  const found = await open311Requests(deps, { villageId, ids: [id] });
  if (!found.length) throw AppError.notFound('REQUEST_NOT_FOUND', `No service request ${id}.`);
  return found;
}
