// The offline embedding: hashed word, word-pair and character n-gram features of normalised,
// stemmed Indonesian (src/knowledge/normalisation.ts), signed into 768 dimensions, L2-normalised.
// Deterministic, no network.
import type { EmbeddingModel, EmbeddingPurpose } from './embedding-model.ts';
import { topicStems } from './normalisation.ts';
import { queryConcepts } from './related-words.ts';
import { stemWord } from './stemming.ts';

export const EMBEDDING_DIMENSIONS = 768;
/** Each change of the features is a new model id: vectors of different ids are never compared. */
export const LOCAL_EMBEDDING_ID = 'local-hash-v2';

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function add(v: Float64Array, feature: string, w: number) {
  const h = hash(feature);
  v[h % EMBEDDING_DIMENSIONS]! += h & 0x80000000 ? -w : w;
}

function addWord(v: Float64Array, stem: string, w: number) {
  add(v, `w:${stem}`, w);
}

function addFeatures(v: Float64Array, stems: readonly string[]) {
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    addWord(v, s, 1);
    if (i > 0) add(v, `b:${stems[i - 1]}_${s}`, 0.5);
    const padded = `<${s}>`;
    for (let j = 0; j + 4 <= padded.length; j++) add(v, `c:${padded.slice(j, j + 4)}`, 0.25);
  }
}

/** How much a word added by query expansion weighs against a word of the query itself. */
const RELATED_WEIGHT = 0.75;

/**
 * The unit vector of a text. A query also carries, lighter, the word features of its related words
 * (src/knowledge/related-words.ts); documents are embedded as written, so stored vectors do not
 * depend on that list.
 */
export function localEmbed(text: string, purpose: EmbeddingPurpose = 'document'): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  addFeatures(v, topicStems(text));
  if (purpose === 'query') {
    for (const { related } of queryConcepts(text))
      for (const word of related) addWord(v, stemWord(word), RELATED_WEIGHT);
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => Math.round((x / norm) * 1e6) / 1e6);
}

export const localEmbeddingModel: EmbeddingModel = {
  id: LOCAL_EMBEDDING_ID,
  dimensions: EMBEDDING_DIMENSIONS,
  embed: async (texts, purpose) => texts.map((t) => localEmbed(t, purpose)),
};
