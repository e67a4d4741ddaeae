// Statistics of one village over a date range: counts by status, category and area, a daily series,
// median times to verify and to resolve, SLA compliance, and how many open complaints are overdue.
import type { CaseDeps } from '../deps.ts';
import { countByArea } from '../domain/area.ts';
import * as stats from '../repositories/complaint-stats.repository.ts';

export async function complaintStats(deps: CaseDeps, range: stats.StatsRange) {
  const now = deps.now();
  const [byStatus, byCategory, byAddress, daily, d, overdue] = await Promise.all([
    stats.countBy(deps.db, range, 'status'),
    stats.countBy(deps.db, range, 'category'),
    stats.countByAddress(deps.db, range),
    stats.dailySeries(deps.db, range),
    stats.durationsAndSla(deps.db, range),
    stats.countOverdue(deps.db, range.villageId, now),
  ]);
  const ratio = (met: number, of: number) => (of === 0 ? null : met / of);
  return {
    villageId: range.villageId,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    byCategory,
    // Addresses are free text, so areas are folded here, not grouped in SQL (see domain/area.ts).
    byArea: countByArea(byAddress),
    daily: daily.map((d) => ({ date: d.date, created: d.created, resolvedSoFar: d.resolved_so_far })),
    medianSecondsToVerify: d.median_verify_s,
    medianSecondsToResolve: d.median_resolve_s,
    sla: {
      verification: { met: d.verified_on_time, of: d.verified, ratio: ratio(d.verified_on_time, d.verified) },
      resolution: { met: d.resolved_on_time, of: d.resolved, ratio: ratio(d.resolved_on_time, d.resolved) },
    },
    overdueNow: overdue,
  };
}
