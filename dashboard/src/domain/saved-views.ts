// Saved views of the case list: a name for a filter of /pengaduan. Only the filters the list
// understands are kept (never a page cursor), so a view always opens on its first page.
import { z } from 'zod';
import type { Principal } from './access.ts';
import { filtersQuery, parseListFilters } from './complaint-filters.ts';

export const SavedViewForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Nama tampilan wajib diisi.')
    .max(60, 'Nama tampilan paling panjang 60 huruf.'),
  query: z.string().max(1000),
  shared: z.boolean().default(false),
});

/** The canonical query of a list URL's filters: known filters only, no cursor, defaults left out. */
export function viewQuery(query: string): string {
  return filtersQuery(parseListFilters(new URLSearchParams(query.replace(/^\?/, ''))));
}

/** A view as the list shows it to one user. */
export interface SavedViewItem {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  owner: string;
  mine: boolean;
  deletable: boolean;
}

export interface SavedViewOwner {
  userId: string;
  shared: boolean;
}

/** A view is removed by its owner; a shared one also by the village's admin (or the superadmin). */
export function mayDeleteView(user: Principal, view: SavedViewOwner): boolean {
  if (view.userId === user.userId) return true;
  return view.shared && (user.role === 'village_admin' || user.role === 'superadmin');
}
