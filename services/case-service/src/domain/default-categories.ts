// The nine categories every village starts with (ARCHITECTURE.md), with their Indonesian labels, the
// keywords the bot matches, a default priority and SLA hours (counted in working hours, sla.ts).
// SP4N-LAPOR! sets the pace: verification within 3 working days, a response within 5.
import { DEFAULT_CATEGORY_LABELS, type DefaultComplaintCategory } from '@govconnect/contracts';

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
    label: DEFAULT_CATEGORY_LABELS.jalan_rusak,
    keywords: ['jalan', 'berlubang', 'aspal', 'rusak'],
    ...STANDARD,
  },
  {
    slug: 'lampu_jalan',
    label: DEFAULT_CATEGORY_LABELS.lampu_jalan,
    keywords: ['lampu', 'penerangan', 'mati', 'gelap'],
    ...STANDARD,
  },
  {
    slug: 'sampah',
    label: DEFAULT_CATEGORY_LABELS.sampah,
    keywords: ['sampah', 'tumpukan', 'bau', 'kebersihan'],
    ...STANDARD,
  },
  {
    slug: 'banjir_drainase',
    label: DEFAULT_CATEGORY_LABELS.banjir_drainase,
    keywords: ['banjir', 'genangan', 'selokan', 'got', 'drainase'],
    ...URGENT,
  },
  {
    slug: 'air_bersih',
    label: DEFAULT_CATEGORY_LABELS.air_bersih,
    keywords: ['air', 'pdam', 'keruh', 'mampet'],
    ...STANDARD,
  },
  {
    slug: 'pohon_tumbang',
    label: DEFAULT_CATEGORY_LABELS.pohon_tumbang,
    keywords: ['pohon', 'tumbang', 'roboh', 'dahan'],
    ...URGENT,
  },
  {
    slug: 'fasilitas_umum',
    label: DEFAULT_CATEGORY_LABELS.fasilitas_umum,
    keywords: ['fasilitas', 'taman', 'balai', 'jembatan', 'posyandu'],
    ...STANDARD,
  },
  {
    slug: 'keamanan_ketertiban',
    label: DEFAULT_CATEGORY_LABELS.keamanan_ketertiban,
    keywords: ['keamanan', 'maling', 'pencurian', 'keributan', 'ronda'],
    ...URGENT,
  },
  { slug: 'lainnya', label: DEFAULT_CATEGORY_LABELS.lainnya, keywords: [], ...STANDARD },
];
