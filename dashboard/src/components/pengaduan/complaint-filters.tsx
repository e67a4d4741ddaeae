// The filter bar of the case list: a plain GET form, so every filtered view is a URL to bookmark.
import type { ListFilters } from '../../domain/complaint-filters.ts';
import { CATEGORY_LABELS, COMPLAINT_STATUSES, STATUS_LABELS } from '../../domain/complaint-lifecycle.ts';
import { Button } from '../ui/button.tsx';
import { Input, Select } from '../ui/input.tsx';

export function ComplaintFilters({ filters }: { filters: ListFilters }) {
  return (
    <form
      method="get"
      className="flex flex-wrap items-center gap-2 rounded-lg border bg-card p-3"
      role="search"
    >
      <Input
        name="q"
        defaultValue={filters.q}
        placeholder="Cari uraian atau alamat…"
        className="w-64"
        aria-label="Cari"
      />
      <Select name="status" defaultValue={filters.status ?? ''} className="w-44" aria-label="Status">
        <option value="">Semua status</option>
        <option value="RECEIVED,VERIFIED,IN_PROGRESS">Masih terbuka</option>
        {COMPLAINT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      <Select name="category" defaultValue={filters.category ?? ''} className="w-48" aria-label="Kategori">
        <option value="">Semua kategori</option>
        {Object.entries(CATEGORY_LABELS).map(([slug, label]) => (
          <option key={slug} value={slug}>
            {label}
          </option>
        ))}
      </Select>
      <label className="flex items-center gap-1.5 text-sm">
        <input type="checkbox" name="overdue" value="true" defaultChecked={filters.overdue === 'true'} />
        Terlambat saja
      </label>
      {filters.sort !== 'createdAt' && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.order !== 'desc' && <input type="hidden" name="order" value={filters.order} />}
      <Button type="submit" size="sm">
        Terapkan
      </Button>
      <a href="/pengaduan" className="text-sm text-muted-foreground underline">
        Atur ulang
      </a>
    </form>
  );
}
