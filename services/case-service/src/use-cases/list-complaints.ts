// The staff case list: filters, full-text search, sort, and an opaque cursor for the next page.
import { AppError } from '@govconnect/service-kit';
import type { CaseDeps } from '../deps.ts';
import { complaintView } from '../domain/complaint-view.ts';
import {
  searchComplaints,
  type ComplaintFilter,
  type SortField,
} from '../repositories/complaint-search.repository.ts';

export interface ListInput {
  filter: ComplaintFilter;
  sort: SortField;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string | undefined;
}

const SORT_KEY = {
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  resolutionDueAt: 'resolutionDueAt',
} as const;

export async function listComplaints(deps: CaseDeps, input: ListInput) {
  const now = deps.now();
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const { items, hasMore } = await searchComplaints(
    deps.db,
    input.filter,
    { sort: input.sort, order: input.order, limit: input.limit, after },
    now,
  );
  const last = items.at(-1);
  return {
    items: items.map((c) => complaintView(c, now)),
    nextCursor: hasMore && last ? encodeCursor(last[SORT_KEY[input.sort]], last.id) : null,
  };
}

function encodeCursor(value: Date, id: string): string {
  return Buffer.from(JSON.stringify({ v: value.toISOString(), id })).toString('base64url');
}

function decodeCursor(cursor: string): { value: Date; id: string } {
  try {
    const { v, id } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { v: string; id: string };
    const value = new Date(v);
    if (typeof id !== 'string' || Number.isNaN(value.getTime())) throw new Error('bad cursor');
    return { value, id };
  } catch {
    throw AppError.badRequest('VALIDATION_FAILED', 'The request is invalid: query.cursor: not a cursor.', {
      errors: [{ field: 'query.cursor', reason: 'not a cursor this service issued' }],
    });
  }
}
