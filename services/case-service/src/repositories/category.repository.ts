// The per-village category catalog.
import type { Category } from '../generated/prisma/client.ts';
import type { Tx } from './tx.ts';

export type CategoryRow = Category;
export type CategoryInput = Omit<Category, 'villageId' | 'slug'>;

export function listCategories(tx: Tx, villageId: string): Promise<CategoryRow[]> {
  return tx.category.findMany({ where: { villageId }, orderBy: { slug: 'asc' } });
}

export function findCategory(tx: Tx, villageId: string, slug: string): Promise<CategoryRow | null> {
  return tx.category.findUnique({ where: { villageId_slug: { villageId, slug } } });
}

export function upsertCategory(tx: Tx, villageId: string, slug: string, input: CategoryInput) {
  return tx.category.upsert({
    where: { villageId_slug: { villageId, slug } },
    create: { villageId, slug, ...input },
    update: input,
  });
}
