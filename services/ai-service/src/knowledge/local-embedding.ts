// The offline embedding: hashed word, word-pair and character n-gram features of normalised,
// stemmed Indonesian, signed into 768 dimensions and L2-normalised. Deterministic, no network.
import { normalizeTokens } from '../nlu/local/normalize.ts';
import { stem } from '../nlu/local/stem.ts';
import type { EmbeddingModel } from './embedding-model.ts';
import { foldSynonyms } from './synonyms.ts';

export const EMBEDDING_DIMENSIONS = 768;

/** Words that carry no topic: dropped before embedding and before full-text queries. */
export const STOPWORDS = new Set(
  (
    'yang di ke dari dan atau untuk dengan pada dalam ini itu ada apa apakah saya kami kita anda kamu ' +
    'bagaimana cara gimana berapa mana kapan siapa kenapa mengapa bisa dapat akan sudah belum tidak ' +
    'juga saja lagi mau ingin harus perlu jika kalau maka agar oleh sebagai tersebut para adalah ' +
    'ya min admin pak bu tolong mohon dong nih sih kah lah pun nya buat membuat bikin urus mengurus apa'
  ).split(' '),
);

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The topic words of a text: normalised, stop words dropped, stemmed. */
export function contentStems(text: string): string[] {
  return foldSynonyms(normalizeTokens(text))
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

export function localEmbed(text: string): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  const add = (feature: string, weight: number) => {
    const h = hash(feature);
    v[h % EMBEDDING_DIMENSIONS]! += h & 0x80000000 ? -weight : weight;
  };
  const stems = contentStems(text);
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    add(`w:${s}`, 1);
    if (i > 0) add(`b:${stems[i - 1]}_${s}`, 0.5);
    const padded = `<${s}>`;
    for (let j = 0; j + 4 <= padded.length; j++) add(`c:${padded.slice(j, j + 4)}`, 0.25);
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => Math.round((x / norm) * 1e6) / 1e6);
}

export const localEmbeddingModel: EmbeddingModel = {
  id: 'local-hash-v1',
  dimensions: EMBEDDING_DIMENSIONS,
  embed: async (texts) => texts.map(localEmbed),
};
