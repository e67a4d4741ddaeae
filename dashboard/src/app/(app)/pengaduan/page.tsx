// Pengaduan: the village's complaints with filters, full-text search, sort, paging, saved views and
// CSV export.
import Link from 'next/link';
import { ComplaintFilters } from '../../../components/pengaduan/complaint-filters.tsx';
import { ComplaintTable } from '../../../components/pengaduan/complaint-table.tsx';
import { SavedViews } from '../../../components/pengaduan/saved-views.tsx';
import { buttonVariants } from '../../../components/ui/button.tsx';
import { filtersQuery, parseListFilters } from '../../../domain/complaint-filters.ts';
import { toComplaintRow } from '../../../domain/complaint-row.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { listViews } from '../../../server/saved-views.ts';
import { caseClient } from '../../../server/services/case-client.ts';
import { UpstreamProblem } from '../../../server/services/internal-fetch.ts';

export const metadata = { title: 'Pengaduan' };

type Search = Promise<Record<string, string | string[] | undefined>>;
type Filters = ReturnType<typeof parseListFilters>;

/** case-service refused the page link itself (edited, cut short, or from an older version). */
function isRejectedCursor(err: unknown): boolean {
  if (!(err instanceof UpstreamProblem) || err.status !== 400) return false;
  const errors = err.body.errors;
  return Array.isArray(errors) && errors.some((e) => (e as { field?: unknown }).field === 'query.cursor');
}

/** The page the link asks for; a page link case-service does not know opens the first page instead. */
async function listPage(villageId: string, filters: Filters) {
  const list = (f: Filters) => caseClient.list(villageId, { ...f, limit: 50 });
  try {
    return { filters, page: await list(filters), staleLink: false };
  } catch (err) {
    if (!filters.cursor || !isRejectedCursor(err)) throw err;
    const first: Filters = { ...filters };
    delete first.cursor;
    return { filters: first, page: await list(first), staleLink: true };
  }
}

export default async function PengaduanPage({ searchParams }: { searchParams: Search }) {
  const access = await pageAccess('cases:read');
  const { villageId } = access;
  const [{ filters, page, staleLink }, views] = await Promise.all([
    listPage(villageId, parseListFilters(await searchParams)),
    listViews(access),
  ]);
  const rows = page.items.map(toComplaintRow);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Pengaduan</h1>
          <p className="text-sm text-muted-foreground">Laporan warga {villageId}</p>
        </div>
        <a
          href={`/api/pengaduan/export?${filtersQuery(filters)}`}
          className={buttonVariants({ variant: 'outline', size: 'sm' })}
          data-testid="export-csv"
        >
          Ekspor CSV
        </a>
      </div>
      {staleLink && (
        <p
          role="status"
          className="rounded-md border bg-muted px-3 py-2 text-sm"
          data-testid="stale-page-link"
        >
          Tautan halaman itu tidak berlaku lagi, jadi yang tampil adalah halaman pertama.
        </p>
      )}
      {/* Keyed by the filter: a client-side move to a saved view must reset the form's fields. */}
      <ComplaintFilters key={filtersQuery(filters)} filters={filters} />
      <SavedViews views={views} currentQuery={filtersQuery(filters)} />
      <ComplaintTable rows={rows} filters={filters} />
      <div className="flex justify-between text-sm">
        {filters.cursor ? (
          <Link href={`/pengaduan?${filtersQuery(filters)}`} className="text-primary underline">
            ← Ke halaman pertama
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link
            href={`/pengaduan?${filtersQuery(filters, { cursor: page.nextCursor })}`}
            className="text-primary underline"
          >
            Halaman berikutnya →
          </Link>
        )}
      </div>
    </div>
  );
}
