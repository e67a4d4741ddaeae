// The nine categories every village starts with (ARCHITECTURE.md), with Indonesian labels, the
// keywords the bot matches, a default priority and SLA hours (counted in working hours, sla.ts).
// SP4N-LAPOR! sets the pace: verification within 3 working days, a response within 5.
import type { DefaultComplaintCategory } from '@govconnect/contracts';

export interface CategorySeed {
  slug: DefaultComplaintCategory;
  label: string;
  keywords: string[];
  defaultPriority: 'normal' | 'urgent';
  verifySlaHours: number;
  resolveSlaHours: number;
}

const STANDARD = { defaultPriority: 'normal', verifySlaHours: 72, resolveSlaHours: 120 } as const;
const URGENT = { defaultPriority: 'urgent', verifySlaHours: 8, resolveSlaHours: 24 } as const;

export const DEFAULT_CATEGORIES: readonly CategorySeed[] = [
  {
    slug: 'jalan_rusak',
    label: 'Jalan Rusak',
    keywords: ['jalan', 'berlubang', 'aspal', 'rusak'],
    ...STANDARD,
  },
  {
    slug: 'lampu_jalan',
    label: 'Lampu Jalan',
    keywords: ['lampu', 'penerangan', 'mati', 'gelap'],
    ...STANDARD,
  },
  { slug: 'sampah', label: 'Sampah', keywords: ['sampah', 'tumpukan', 'bau', 'kebersihan'], ...STANDARD },
  {
    slug: 'banjir_drainase',
    label: 'Banjir dan Drainase',
    keywords: ['banjir', 'genangan', 'selokan', 'got', 'drainase'],
    ...URGENT,
  },
  { slug: 'air_bersih', label: 'Air Bersih', keywords: ['air', 'pdam', 'keruh', 'mampet'], ...STANDARD },
  {
    slug: 'pohon_tumbang',
    label: 'Pohon Tumbang',
    keywords: ['pohon', 'tumbang', 'roboh', 'dahan'],
    ...URGENT,
  },
  {
    slug: 'fasilitas_umum',
    label: 'Fasilitas Umum',
    keywords: ['fasilitas', 'taman', 'balai', 'jembatan', 'posyandu'],
    ...STANDARD,
  },
  {
    slug: 'keamanan_ketertiban',
    label: 'Keamanan dan Ketertiban',
    keywords: ['keamanan', 'maling', 'pencurian', 'keributan', 'ronda'],
    ...URGENT,
  },
  { slug: 'lainnya', label: 'Lainnya', keywords: [], ...STANDARD },
];
