'use client';
// The case list as a TanStack table. Sorting is done by case-service over the whole list, so a
// sortable header is a link that changes the URL's sort and order.
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import Link from 'next/link';
import { filtersQuery, type ListFilters } from '../../domain/complaint-filters.ts';
import type { ComplaintRow } from '../../domain/complaint-row.ts';
import { formatDateTime } from '../../domain/format.ts';
import { Badge } from '../ui/badge.tsx';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table.tsx';
import { StatusBadge } from './status-badge.tsx';

const col = createColumnHelper<ComplaintRow>();

function SortLink({
  filters,
  field,
  label,
}: {
  filters: ListFilters;
  field: ListFilters['sort'];
  label: string;
}) {
  const active = filters.sort === field;
  const order = active && filters.order === 'desc' ? 'asc' : 'desc';
  return (
    <Link
      href={`/pengaduan?${filtersQuery(filters, { sort: field, order })}`}
      className="inline-flex items-center gap-1"
    >
      {label}
      {active &&
        (filters.order === 'desc' ? <ArrowDown className="h-3 w-3" /> : <ArrowUp className="h-3 w-3" />)}
    </Link>
  );
}

export function ComplaintTable({ rows, filters }: { rows: ComplaintRow[]; filters: ListFilters }) {
  const columns = [
    col.accessor('id', {
      header: 'Nomor',
      cell: (c) => (
        <Link
          href={`/pengaduan/${c.getValue()}`}
          className="font-mono text-xs font-medium whitespace-nowrap text-primary underline"
        >
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor('createdAt', {
      header: () => <SortLink filters={filters} field="createdAt" label="Dibuat" />,
      cell: (c) => <span className="whitespace-nowrap">{formatDateTime(c.getValue())}</span>,
    }),
    col.accessor('status', { header: 'Status', cell: (c) => <StatusBadge status={c.getValue()} /> }),
    col.accessor('categoryLabel', { header: 'Kategori' }),
    col.accessor('description', {
      header: 'Uraian',
      cell: (c) => <span className="line-clamp-2 max-w-xs">{c.getValue()}</span>,
    }),
    col.accessor('address', { header: 'Alamat', cell: (c) => c.getValue() || '—' }),
    col.accessor('reporter', { header: 'Pelapor' }),
    col.accessor('dueAt', {
      header: () => <SortLink filters={filters} field="resolutionDueAt" label="Tenggat" />,
      cell: (c) => (
        <span className="flex items-center gap-1 whitespace-nowrap">
          {formatDateTime(c.getValue())}
          {c.row.original.overdue && <Badge tone="danger">Terlambat</Badge>}
        </span>
      ),
    }),
  ];
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <div className="rounded-lg border bg-card">
      <Table data-testid="complaint-table">
        <TableHeader>
          {table.getHeaderGroups().map((g) => (
            <TableRow key={g.id}>
              {g.headers.map((h) => (
                <TableHead key={h.id}>{flexRender(h.column.columnDef.header, h.getContext())}</TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((r) => (
            <TableRow key={r.id} data-complaint-id={r.original.id}>
              {r.getVisibleCells().map((c) => (
                <TableCell key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</TableCell>
              ))}
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length} className="py-8 text-center text-muted-foreground">
                Tidak ada pengaduan yang cocok.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
