// The offline embedding: hashed word, word-pair and character n-gram features of normalised,
// stemmed Indonesian (src/knowledge/normalisation.ts), signed into 768 dimensions, L2-normalised.
// Deterministic, no network.
import type { EmbeddingModel } from './embedding-model.ts';
import { topicStems } from './normalisation.ts';

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

function addFeatures(v: Float64Array, stems: readonly string[]) {
  const add = (feature: string, w: number) => {
    const h = hash(feature);
    v[h % EMBEDDING_DIMENSIONS]! += h & 0x80000000 ? -w : w;
  };
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    add(`w:${s}`, 1);
    if (i > 0) add(`b:${stems[i - 1]}_${s}`, 0.5);
    const padded = `<${s}>`;
    for (let j = 0; j + 4 <= padded.length; j++) add(`c:${padded.slice(j, j + 4)}`, 0.25);
  }
}

/** The unit vector of a text. */
export function localEmbed(text: string): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  addFeatures(v, topicStems(text));
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => Math.round((x / norm) * 1e6) / 1e6);
}

export const localEmbeddingModel: EmbeddingModel = {
  id: LOCAL_EMBEDDING_ID,
  dimensions: EMBEDDING_DIMENSIONS,
  embed: async (texts) => texts.map(localEmbed),
};
