// A village's holiday list (seeded with Indonesia's national holidays on first sight) and its edits.
// Edits count for complaints filed afterwards: due times are fixed when a complaint is filed.
import { AppError } from '@govconnect/service-kit';
import type { CaseDeps } from '../deps.ts';
import * as holidays from '../repositories/holiday.repository.ts';
import { ensureVillageSeeded } from '../repositories/village.repository.ts';

export async function listVillageHolidays(deps: CaseDeps, villageId: string, year?: number) {
  return deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    return { holidays: await holidays.listHolidays(tx, villageId, year) };
  });
}

export async function saveVillageHoliday(deps: CaseDeps, villageId: string, date: string, name: string) {
  return deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    return holidays.upsertHoliday(tx, villageId, date, name);
  });
}

export async function removeVillageHoliday(deps: CaseDeps, villageId: string, date: string) {
  await deps.db.$transaction(async (tx) => {
    await ensureVillageSeeded(tx, villageId);
    if (!(await holidays.deleteHoliday(tx, villageId, date)))
      throw AppError.notFound('HOLIDAY_NOT_FOUND', `No holiday on ${date} in this village.`);
  });
}
