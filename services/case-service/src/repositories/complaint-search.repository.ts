// The staff case list: filters, Indonesian full-text search, keyset (cursor) pagination and sort.
import type { ComplaintStatus } from '@govconnect/contracts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ComplaintRow } from './complaint.repository.ts';
import type { Tx } from './tx.ts';

export const SORT_COLUMNS = {
  createdAt: Prisma.raw('created_at'),
  updatedAt: Prisma.raw('updated_at'),
  resolutionDueAt: Prisma.raw('resolution_due_at'),
} as const;
export type SortField = keyof typeof SORT_COLUMNS;

export interface ComplaintFilter {
  villageId: string;
  status?: ComplaintStatus[] | undefined;
  category?: string[] | undefined;
  priority?: 'normal' | 'urgent' | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  overdue?: boolean | undefined;
  reporterWaId?: string | undefined;
  q?: string | undefined;
  ids?: string[] | undefined;
  /** Leave out confidential complaints (public Open311 views). */
  publicOnly?: boolean | undefined;
}

export interface Page {
  sort: SortField;
  order: 'asc' | 'desc';
  limit: number;
  after?: { value: Date; id: string } | undefined;
}

/** The SQL condition for "open and past the due time of its current stage". */
export function overdueSql(now: Date) {
  return Prisma.sql`(status IN ('RECEIVED', 'VERIFIED', 'IN_PROGRESS') AND (
    (status = 'RECEIVED' AND verification_due_at < ${now}) OR resolution_due_at < ${now}))`;
}

export function filterSql(f: ComplaintFilter, now: Date) {
  const where = [Prisma.sql`village_id = ${f.villageId}`];
  if (f.status?.length) where.push(Prisma.sql`status IN (${Prisma.join(f.status)})`);
  if (f.category?.length) where.push(Prisma.sql`category IN (${Prisma.join(f.category)})`);
  if (f.priority) where.push(Prisma.sql`priority = ${f.priority}`);
  if (f.from) where.push(Prisma.sql`created_at >= ${f.from}`);
  if (f.to) where.push(Prisma.sql`created_at < ${f.to}`);
  // A masked reporter must not be findable by phone number either.
  if (f.reporterWaId)
    where.push(Prisma.sql`reporter_wa_id = ${f.reporterWaId} AND NOT anonymous AND NOT confidential`);
  if (f.overdue !== undefined) where.push(f.overdue ? overdueSql(now) : Prisma.sql`NOT ${overdueSql(now)}`);
  if (f.ids?.length) where.push(Prisma.sql`id IN (${Prisma.join(f.ids)})`);
  if (f.publicOnly) where.push(Prisma.sql`confidential = false`);
  if (f.q) where.push(Prisma.sql`search_vector @@ websearch_to_tsquery('indonesian', ${f.q})`);
  return Prisma.join(where, ' AND ');
}

export async function searchComplaints(tx: Tx, f: ComplaintFilter, page: Page, now: Date) {
  const col = SORT_COLUMNS[page.sort];
  const dir = page.order === 'asc' ? Prisma.raw('ASC') : Prisma.raw('DESC');
  const cmp = page.order === 'asc' ? Prisma.raw('>') : Prisma.raw('<');
  const after = page.after
    ? Prisma.sql`AND (${col}, id) ${cmp} (${page.after.value}, ${page.after.id})`
    : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM complaints WHERE ${filterSql(f, now)} ${after}
    ORDER BY ${col} ${dir}, id ${dir} LIMIT ${page.limit + 1}`;
  const ids = rows.slice(0, page.limit).map((r) => r.id);
  const found = (await tx.complaint.findMany({ where: { id: { in: ids } } })) as ComplaintRow[];
  const byId = new Map(found.map((c) => [c.id, c]));
  return { items: ids.map((id) => byId.get(id)!), hasMore: rows.length > page.limit };
}
