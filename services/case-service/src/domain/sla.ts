// SLA due times in working hours of Asia/Jakarta: time on Saturdays, Sundays and the village's
// holidays does not count. Jakarta has no daylight saving, so a fixed UTC+7 offset is exact.
const JAKARTA_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** `YYYY-MM-DD` of the Asia/Jakarta calendar day containing `at`. */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

function isDayOff(localDayStartMs: number, holidays: ReadonlySet<string>): boolean {
  const d = new Date(localDayStartMs);
  const weekday = d.getUTCDay();
  return weekday === 0 || weekday === 6 || holidays.has(d.toISOString().slice(0, 10));
}

/**
 * Adds `hours` of working time to `from`. Time that starts on a day off begins counting at the
 * next working day's midnight (Jakarta), so a complaint filed on Saturday with 72 hours is due
 * at the end of Wednesday.
 */
export function addWorkingHours(from: Date, hours: number, holidays: ReadonlySet<string>): Date {
  let remaining = hours * 3600_000;
  // Work in "Jakarta local" milliseconds: UTC arithmetic on a shifted clock.
  let local = from.getTime() + JAKARTA_OFFSET_MS;
  for (let guard = 0; guard < 3660; guard++) {
    const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    if (isDayOff(dayStart, holidays)) {
      local = dayEnd;
      continue;
    }
    const available = dayEnd - local;
    if (remaining <= available) return new Date(local + remaining - JAKARTA_OFFSET_MS);
    remaining -= available;
    local = dayEnd;
  }
  throw new RangeError('no working day within ten years: check the holiday list');
}
