// The shared vocabulary of the system: intents, complaint categories, statuses and ids.
import { z } from 'zod';

export const INTENTS = [
  'GREETING',
  'THANKS',
  'KNOWLEDGE_QUERY',
  'CREATE_COMPLAINT',
  'CHECK_STATUS',
  'CANCEL_COMPLAINT',
  'HUMAN_AGENT',
  'UNKNOWN',
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

/** The nine categories every village starts with; a village may add its own (any slug). */
export const DEFAULT_COMPLAINT_CATEGORIES = [
  'jalan_rusak',
  'lampu_jalan',
  'sampah',
  'banjir_drainase',
  'air_bersih',
  'pohon_tumbang',
  'fasilitas_umum',
  'keamanan_ketertiban',
  'lainnya',
] as const;
/** The Indonesian labels the default categories are seeded with (a village may rename its own). */
export const DEFAULT_CATEGORY_LABELS: Readonly<
  Record<(typeof DEFAULT_COMPLAINT_CATEGORIES)[number], string>
> = {
  jalan_rusak: 'Jalan Rusak',
  lampu_jalan: 'Lampu Jalan',
  sampah: 'Sampah',
  banjir_drainase: 'Banjir dan Drainase',
  air_bersih: 'Air Bersih',
  pohon_tumbang: 'Pohon Tumbang',
  fasilitas_umum: 'Fasilitas Umum',
  keamanan_ketertiban: 'Keamanan dan Ketertiban',
  lainnya: 'Lainnya',
};

/** The default label of a category; a village's own slug reads as words. */
export function defaultCategoryLabel(slug: string): string {
  return (DEFAULT_CATEGORY_LABELS as Record<string, string>)[slug] ?? slug.replace(/_/g, ' ');
}
export const DefaultComplaintCategory = z.enum(DEFAULT_COMPLAINT_CATEGORIES);
export type DefaultComplaintCategory = z.infer<typeof DefaultComplaintCategory>;
/** A category slug: one of the defaults or a village's own, lower-case with underscores. */
export const ComplaintCategory = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,62}$/, 'a category is a lower-case slug such as jalan_rusak');
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'VERIFIED',
  'IN_PROGRESS',
  'RESOLVED',
  'REJECTED',
  'CANCELLED',
] as const;
export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

/** Terminal statuses need a note explaining why. */
export const TERMINAL_STATUSES: readonly ComplaintStatus[] = ['RESOLVED', 'REJECTED', 'CANCELLED'];

/** The lifecycle RECEIVED -> VERIFIED -> IN_PROGRESS -> RESOLVED, with REJECTED and CANCELLED as exits:
 * case-service enforces it, the dashboard offers only these. */
const NEXT_STATUSES: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  RECEIVED: ['VERIFIED', 'REJECTED', 'CANCELLED'],
  VERIFIED: ['IN_PROGRESS', 'REJECTED', 'CANCELLED'],
  IN_PROGRESS: ['RESOLVED', 'CANCELLED'],
  RESOLVED: [],
  REJECTED: [],
  CANCELLED: [],
};

export function allowedTransitions(from: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT_STATUSES[from];
}

export function isLegalTransition(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** A move to a terminal status needs a note. */
export function needsNote(to: ComplaintStatus): boolean {
  return TERMINAL_STATUSES.includes(to);
}

export function isOpenStatus(status: ComplaintStatus): boolean {
  return !TERMINAL_STATUSES.includes(status);
}

/** `LAP-YYYYMMDD-NNN`: the date in Asia/Jakarta, a per-day counter of at least three digits. */
export const COMPLAINT_ID_PATTERN = /^LAP-(\d{4})(\d{2})(\d{2})-(\d{3,})$/;
export const ComplaintId = z
  .string()
  .regex(COMPLAINT_ID_PATTERN, 'a complaint id looks like LAP-20261118-007');
export type ComplaintId = z.infer<typeof ComplaintId>;

const jakartaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of `at` in Asia/Jakarta as `YYYYMMDD`. */
export function jakartaDay(at: Date): string {
  return jakartaDate.format(at).replaceAll('-', '');
}

export function formatComplaintId(at: Date, counter: number): string {
  if (!Number.isInteger(counter) || counter < 1)
    throw new RangeError(`counter must be a positive integer, got ${counter}`);
  return `LAP-${jakartaDay(at)}-${String(counter).padStart(3, '0')}`;
}

export function parseComplaintId(id: string): { day: string; counter: number } | null {
  const m = COMPLAINT_ID_PATTERN.exec(id);
  if (!m) return null;
  const [, y, mo, d, n] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { day: `${y}${mo}${d}`, counter: Number(n) };
}

/** A village (tenant) id: a stable slug such as `desa-sukamaju`. */
export const VillageId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a village id is a slug such as desa-sukamaju');
export type VillageId = z.infer<typeof VillageId>;

/** A WhatsApp user id: the citizen's phone number in international form, digits only. */
export const WaId = z
  .string()
  .regex(/^\d{6,20}$/, 'a WhatsApp id is the phone number in digits, e.g. 6281234567890');
export type WaId = z.infer<typeof WaId>;
