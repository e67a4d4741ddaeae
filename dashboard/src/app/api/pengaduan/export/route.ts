// GET /api/pengaduan/export?<list filters>: the filtered list as CSV (up to 5,000 rows, page by page
// from case-service). Reporters stay masked as case-service masks them. Logged as an export.
import { recordActivity } from '../../../../server/activity.ts';
import { db } from '../../../../server/db.ts';
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { caseClient } from '../../../../server/services/case-client.ts';
import { parseListFilters } from '../../../../domain/complaint-filters.ts';
import { CSV_HEADER, csvValues, toComplaintRow } from '../../../../domain/complaint-row.ts';
import { CSV_BOM, csvLine } from '../../../../domain/csv.ts';
import { jakartaIsoDay } from '../../../../domain/format.ts';

const MAX_ROWS = 5000;

export async function GET(request: Request) {
  const url = new URL(request.url);
  const access = await routeAccess('cases:read', url.searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { cursor: _ignored, ...filters } = parseListFilters(url.searchParams);
    let out = CSV_BOM + csvLine(CSV_HEADER);
    let cursor: string | undefined;
    let count = 0;
    do {
      const page = await caseClient.list(access.villageId, { ...filters, limit: 100, cursor });
      for (const c of page.items) out += csvLine(csvValues(toComplaintRow(c)));
      count += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && count < MAX_ROWS);
    await recordActivity(db(), {
      who: { userId: access.user.userId, email: access.user.email, role: access.user.role },
      villageId: access.villageId,
      action: 'complaint.export',
      after: { rows: count, filters },
      ip: await requestAddress(),
    });
    const name = `pengaduan-${access.villageId}-${jakartaIsoDay(new Date())}.csv`;
    return new Response(out, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    return problemFrom(err);
  }
}
