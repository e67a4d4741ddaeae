// A village's category catalog: read (seeded with the nine defaults on first sight) and edit.
import type { CaseDeps } from '../deps.ts';
import * as categories from '../repositories/category.repository.ts';
import { ensureVillageSeeded } from '../repositories/village.repository.ts';

export async function listVillageCategories(deps: CaseDeps, villageId: string) {
  return deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    return { categories: (await categories.listCategories(tx, villageId)).map(view) };
  });
}

export async function saveVillageCategory(
  deps: CaseDeps,
  villageId: string,
  slug: string,
  input: categories.CategoryInput,
) {
  return deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    return view(await categories.upsertCategory(tx, villageId, slug, input));
  });
}

function view(c: categories.CategoryRow) {
  const { villageId: _v, ...rest } = c;
  return rest;
}
