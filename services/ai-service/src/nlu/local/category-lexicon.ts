// Words that name a complaint category outright. Matched on normalised tokens (and two-word
// phrases); the category classifier decides when none matches.
import type { DefaultComplaintCategory } from '@govconnect/contracts';

export const CATEGORY_LEXICON: Readonly<
  Record<Exclude<DefaultComplaintCategory, 'lainnya'>, readonly string[]>
> = {
  lampu_jalan: ['lampu jalan', 'lampu', 'penerangan', 'bohlam', 'tiang lampu'],
  jalan_rusak: [
    'jalan rusak',
    'lubang',
    'berlubang',
    'aspal',
    'paving',
    'jalan ambles',
    'amblas',
    'polisi tidur',
    'bolong',
  ],
  sampah: ['sampah', 'tps', 'tpa', 'tong sampah'],
  banjir_drainase: [
    'banjir',
    'kebanjiran',
    'got',
    'selokan',
    'drainase',
    'gorong',
    'parit',
    'genangan',
    'menggenang',
    'mampet',
    'tanggul',
  ],
  air_bersih: [
    'air bersih',
    'pdam',
    'pamsimas',
    'keran',
    'kran air',
    'pipa air',
    'air mati',
    'sumur',
    'leding',
    'tandon',
  ],
  pohon_tumbang: ['pohon', 'tumbang', 'dahan', 'ranting'],
  fasilitas_umum: [
    'jembatan',
    'toilet umum',
    'wc umum',
    'mck',
    'balai desa',
    'pos ronda',
    'taman',
    'halte',
    'posyandu',
    'gapura',
    'rambu',
  ],
  keamanan_ketertiban: [
    'maling',
    'pencurian',
    'dicuri',
    'tawuran',
    'mabuk',
    'judi',
    'preman',
    'begal',
    'narkoba',
    'balap liar',
    'pungli',
    'berisik',
    'perkelahian',
  ],
};

/** The categories named in normalised tokens, most specific (longest phrase) first. */
export function lexiconCategory(tokens: readonly string[]): string | undefined {
  const text = ` ${tokens.join(' ')} `;
  let best: { category: string; length: number } | undefined;
  for (const [category, words] of Object.entries(CATEGORY_LEXICON)) {
    for (const word of words) {
      if (text.includes(` ${word} `) && (!best || word.length > best.length))
        best = { category, length: word.length };
    }
  }
  return best?.category;
}
