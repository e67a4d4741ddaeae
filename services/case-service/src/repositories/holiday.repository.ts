// The per-village list of days off besides weekends.
import type { Tx } from './tx.ts';

export interface HolidayRow {
  date: string;
  name: string;
}

const toRow = (h: { date: Date; name: string }): HolidayRow => ({
  date: h.date.toISOString().slice(0, 10),
  name: h.name,
});

export async function listHolidays(tx: Tx, villageId: string, year?: number): Promise<HolidayRow[]> {
  const where = year
    ? { villageId, date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }
    : { villageId };
  return (await tx.holiday.findMany({ where, orderBy: { date: 'asc' } })).map(toRow);
}

/** Holiday dates from `from` on (a year is plenty for any SLA), as `YYYY-MM-DD`. */
export async function holidayDatesFrom(tx: Tx, villageId: string, from: Date): Promise<Set<string>> {
  const rows = await tx.holiday.findMany({
    where: { villageId, date: { gte: new Date(from.getTime() - 86_400_000) } },
    select: { date: true },
  });
  return new Set(rows.map((r) => r.date.toISOString().slice(0, 10)));
}

export async function upsertHoliday(tx: Tx, villageId: string, date: string, name: string) {
  const day = new Date(`${date}T00:00:00Z`);
  return toRow(
    await tx.holiday.upsert({
      where: { villageId_date: { villageId, date: day } },
      create: { villageId, date: day, name },
      update: { name },
    }),
  );
}

export async function deleteHoliday(tx: Tx, villageId: string, date: string): Promise<boolean> {
  const { count } = await tx.holiday.deleteMany({
    where: { villageId, date: new Date(`${date}T00:00:00Z`) },
  });
  return count > 0;
}
