// The Indonesian stemmer of retrieval: Snowball's Indonesian algorithm (Tala, 2003), from
// @orama/stemmers. It is the algorithm behind PostgreSQL's `indonesian` text-search configuration,
// so the words the vector side hashes and the lexemes the full-text side matches are the same stems.
import { stemmer } from '@orama/stemmers/indonesian';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of one lower-case word ("pembuatan" -> "buat"); numbers and short words unchanged. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
