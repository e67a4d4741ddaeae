// Retrieval's view of a text, the same for questions and for knowledge chunks: the NLU's informal-
// Indonesian normalisation (slang, abbreviations, repeated letters), the official names of civil
// documents folded to their standard abbreviations, function words dropped, words stemmed.
import { normalizeTokens } from '../nlu/local/normalize.ts';
import { stemWord } from './stemming.ts';

/**
 * Official names and their standard abbreviations (general Indonesian administrative vocabulary,
 * the abbreviations printed on the documents themselves), folded to one term on both sides; so are
 * the everyday names of two letters ("surat miskin", "surat usaha") and of the registry office.
 * Nothing here says that two different words mean the same thing: that is left to the ranking.
 */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bkartu tanda penduduk( elektronik)?\b/g, 'ktp'],
  [/\b(e ktp|ektp|ktp el|ktp elektronik)\b/g, 'ktp'],
  [/\bkartu keluarga\b/g, 'kk'],
  [/\bkartu identitas anak\b/g, 'kia'],
  [/\bnomor induk kependudukan\b/g, 'nik'],
  [/\bsurat (keterangan )?(tidak mampu|miskin)\b/g, 'sktm'],
  [/\bsurat (keterangan )?usaha\b/g, 'sku'],
  [/\bkantor urusan agama\b/g, 'kua'],
  [/\bdinas kependudukan dan pencatatan sipil\b/g, 'disdukcapil'],
  [/\bkantor catatan sipil\b/g, 'disdukcapil'],
];

/** Function words: no topic of their own. Content words, even frequent ones, are left to IDF. */
export const STOPWORDS = new Set(
  (
    'yang di ke dari dan atau untuk dengan pada dalam ini itu ada apa apakah saya kami kita anda kamu ' +
    'bagaimana cara gimana berapa mana kapan siapa kenapa mengapa bisa dapat akan sudah belum tidak ' +
    'juga saja lagi mau ingin harus perlu jika kalau maka agar oleh sebagai tersebut para adalah ' +
    'ya min admin pak bu tolong mohon dong nih sih kah lah pun nya aja deh kok'
  ).split(' '),
);

/** The normalised words of a text, abbreviations folded, in order (stop words kept). */
export function normalisedWords(text: string): string[] {
  let joined = ` ${normalizeTokens(text).join(' ')} `;
  for (const [pattern, abbreviation] of ABBREVIATIONS) joined = joined.replace(pattern, abbreviation);
  return joined.trim().split(' ').filter(Boolean);
}

/** The topic words of a text: normalised, without stop words, not stemmed (PostgreSQL stems them). */
export function topicWords(text: string): string[] {
  return normalisedWords(text).filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

/** The stemmed topic words of a text, in order. */
export function topicStems(text: string): string[] {
  return topicWords(text).map(stemWord);
}

/** The text that PostgreSQL's `indonesian` configuration indexes: normalised words, one string. */
export function indexableText(text: string): string {
  return normalisedWords(text).join(' ');
}
