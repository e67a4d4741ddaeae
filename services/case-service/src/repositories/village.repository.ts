// Villages this service has seen, and the one-time seeding of their category catalog and holidays.
import { DEFAULT_CATEGORIES } from '../domain/default-categories.ts';
import { NATIONAL_HOLIDAYS } from '../domain/national-holidays.ts';
import type { Tx } from './tx.ts';

/**
 * Registers the village on first sight and seeds its catalog and holidays then. A concurrent first
 * sight waits on the primary key and finds the row already there, so seeding happens once.
 */
export async function ensureVillageSeeded(tx: Tx, villageId: string): Promise<void> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO case_villages (id) VALUES (${villageId}) ON CONFLICT (id) DO NOTHING RETURNING id`;
  if (inserted.length === 0) return;
  await tx.category.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ villageId, ...c, keywords: [...c.keywords] })),
    skipDuplicates: true,
  });
  await tx.holiday.createMany({
    data: NATIONAL_HOLIDAYS.map((h) => ({ villageId, date: new Date(`${h.date}T00:00:00Z`), name: h.name })),
    skipDuplicates: true,
  });
}
