// Dates and times as village staff read them: Indonesian, in Asia/Jakarta, whatever the server's zone.
const TZ = 'Asia/Jakarta';

const dateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: TZ,
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const timeOnly = new Intl.DateTimeFormat('id-ID', {
  timeZone: TZ,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dayOnly = new Intl.DateTimeFormat('id-ID', { timeZone: TZ, day: 'numeric', month: 'short' });
const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "22 Nov 2026 15.04" (WIB). */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? dateTime.format(d) : '—';
}

export function formatTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? timeOnly.format(d) : '—';
}

/** "22 Nov" for a `YYYY-MM-DD` Jakarta day (chart axes). */
export function formatDay(day: string): string {
  const d = toDate(`${day}T12:00:00+07:00`);
  return d ? dayOnly.format(d) : day;
}

/** The Jakarta calendar day of `at` as `YYYY-MM-DD`. */
export function jakartaIsoDay(at: Date): string {
  return isoDay.format(at);
}

/** Midnight of `at`'s Jakarta day, as an instant. */
export function startOfJakartaDay(at: Date): Date {
  return new Date(`${jakartaIsoDay(at)}T00:00:00+07:00`);
}
