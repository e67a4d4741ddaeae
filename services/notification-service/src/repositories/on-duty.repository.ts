// The staff numbers of a village that hear about urgent complaints at once.
import type { Db } from './prisma-client.ts';
import type { Tx } from './tx.ts';

export interface OnDutyRow {
  id: string;
  villageId: string;
  waId: string;
  name: string;
  active: boolean;
  updatedAt: Date;
}

export function listOnDuty(db: Db | Tx, villageId: string, onlyActive = false): Promise<OnDutyRow[]> {
  return db.onDutyStaff.findMany({
    where: { villageId, ...(onlyActive ? { active: true } : {}) },
    orderBy: { createdAt: 'asc' },
  });
}

export function saveOnDuty(
  db: Db,
  entry: { villageId: string; waId: string; name: string; active: boolean },
): Promise<OnDutyRow> {
  return db.onDutyStaff.upsert({
    where: { villageId_waId: { villageId: entry.villageId, waId: entry.waId } },
    create: { id: crypto.randomUUID(), ...entry },
    update: { name: entry.name, active: entry.active, updatedAt: new Date() },
  });
}

export async function deleteOnDuty(db: Db, villageId: string, waId: string): Promise<boolean> {
  const { count } = await db.onDutyStaff.deleteMany({ where: { villageId, waId } });
  return count > 0;
}
