// Pengaduan: the village's complaints with filters, full-text search, sort, paging and CSV export.
import Link from 'next/link';
import { ComplaintFilters } from '../../../components/pengaduan/complaint-filters.tsx';
import { ComplaintTable } from '../../../components/pengaduan/complaint-table.tsx';
import { buttonVariants } from '../../../components/ui/button.tsx';
import { filtersQuery, parseListFilters } from '../../../domain/complaint-filters.ts';
import { toComplaintRow } from '../../../domain/complaint-row.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { caseClient } from '../../../server/services/case-client.ts';

export const metadata = { title: 'Pengaduan' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function PengaduanPage({ searchParams }: { searchParams: Search }) {
  const { villageId } = await pageAccess('cases:read');
  const filters = parseListFilters(await searchParams);
  const page = await caseClient.list(villageId, { ...filters, limit: 50 });
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
      <ComplaintFilters filters={filters} />
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
