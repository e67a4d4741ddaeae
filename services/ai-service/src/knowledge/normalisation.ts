// Retrieval's view of a text, the same for questions and for knowledge chunks: the NLU's informal-
// Indonesian normalisation (slang, abbreviations, repeated letters), the official names of civil
// documents folded to their standard abbreviations, function words dropped, words stemmed.
import { normalizeTokens } from '../nlu/local/normalize.ts';
import { stemWord } from './stemming.ts';

/**
 * Official names and their standard abbreviations (general Indonesian administrative vocabulary,
 * the abbreviations printed on the documents themselves), folded to one term on both sides; so are
 * the everyday names of two letters ("surat miskin", "surat usaha"), of the child's identity card
 * ("KTP anak") and of the registry office. Questions for a duration get the word "lama" added
 * beside their own words. Beyond that, nothing here says that two different words mean the same
 * thing: that is left to the ranking.
 */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bkartu tanda penduduk( elektronik)?\b/g, 'ktp'],
  [/\b(e ktp|ektp|ktp el|ktp elektronik)\b/g, 'ktp'],
  [/\bkartu keluarga\b/g, 'kk'],
  [/\bkartu identitas anak\b/g, 'kia'],
  [/\b(ktp|kartu) anak( anak)?\b/g, 'kia'],
  [/\bnomor induk kependudukan\b/g, 'nik'],
  [/\bsurat (keterangan )?(tidak mampu|miskin)\b/g, 'sktm'],
  [/\bsurat (keterangan )?usaha\b/g, 'sku'],
  [/\bkantor urusan agama\b/g, 'kua'],
  [/\bdinas kependudukan dan pencatatan sipil\b/g, 'disdukcapil'],
  [/\bkantor catatan sipil\b/g, 'disdukcapil'],
  // A question for a duration names none once its question word is dropped ("berapa" is a function
  // word): "berapa hari", "kapan jadinya" ask how long, which the knowledge base calls "lama".
  [/\bberapa (hari|minggu|bulan|jam)\b/g, 'berapa lama $1'],
  [/\bkapan (jadi|jadinya|selesai|selesainya|beres|kelar|keluar|bisa diambil)\b/g, 'kapan lama $1'],
];

/** Function words: no topic of their own. Content words, even frequent ones, are left to IDF. */
export const STOPWORDS = new Set(
  (
    'yang di ke dari dan atau untuk dengan pada dalam ini itu ada apa apakah saya kami kita anda kamu ' +
    'bagaimana cara gimana berapa mana kapan siapa kenapa mengapa bisa dapat akan sudah belum tidak ' +
    'juga saja lagi mau ingin harus perlu jika kalau maka agar oleh sebagai tersebut para adalah ' +
    'ya min admin pak bu tolong mohon dong nih sih kah lah pun nya aja deh kok ' +
    // conversational fillers of WhatsApp Indonesian
    'sama masih terus dulu karena tapi tetapi sini situ sana kesini kesana disini disana kak kakak mas ' +
    'mbak biar banget sekali kira kata gitu gini tuh kan'
  ).split(' '),
);

/** A function word, also with the enclitic -nya ("caranya", "katanya" stand for "cara", "kata"). */
function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || (word.endsWith('nya') && STOPWORDS.has(word.slice(0, -3)));
}

/** The normalised words of a text, abbreviations folded, in order (stop words kept). */
export function normalisedWords(text: string): string[] {
  let joined = ` ${normalizeTokens(text).join(' ')} `;
  for (const [pattern, abbreviation] of ABBREVIATIONS) joined = joined.replace(pattern, abbreviation);
  return joined.trim().split(' ').filter(Boolean);
}

/** The topic words of a text: normalised, without stop words, not stemmed (PostgreSQL stems them). */
export function topicWords(text: string): string[] {
  return normalisedWords(text).filter((w) => !isStopword(w) && w.length > 1);
}

/** The stemmed topic words of a text, in order. */
export function topicStems(text: string): string[] {
  return topicWords(text).map(stemWord);
}

/** The text that PostgreSQL's `indonesian` configuration indexes: normalised words, one string. */
export function indexableText(text: string): string {
  return normalisedWords(text).join(' ');
}
