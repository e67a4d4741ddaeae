// A light, dictionary-free Indonesian stemmer (after Nazief & Adriani, without the lexicon): strips
// particles, possessives, derivational suffixes and prefixes, including colloquial nge-/ng-.
// It over-stems now and then; that is harmless because queries and documents are stemmed alike.

const MIN_STEM = 3;

function stripSuffix(word: string, suffixes: readonly string[]): string {
  for (const s of suffixes) {
    if (word.endsWith(s) && word.length - s.length >= MIN_STEM + 1) return word.slice(0, -s.length);
  }
  return word;
}

const PREFIXES: readonly [string, string][] = [
  ['meng', ''],
  ['meny', 's'],
  ['mem', ''],
  ['men', ''],
  ['me', ''],
  ['peng', ''],
  ['peny', 's'],
  ['pem', ''],
  ['pen', ''],
  ['per', ''],
  ['pe', ''],
  ['ber', ''],
  ['be', ''],
  ['ter', ''],
  ['di', ''],
  ['ke', ''],
  ['se', ''],
  ['nge', ''],
  ['ng', ''],
];

function stripPrefix(word: string): string {
  for (const [prefix, replacement] of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) {
      return replacement + word.slice(prefix.length);
    }
  }
  return word;
}

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = stripSuffix(word, ['lah', 'kah', 'tah', 'pun']);
  w = stripSuffix(w, ['nya', 'ku', 'mu']);
  w = stripSuffix(w, ['kan', 'an', 'i']);
  w = stripPrefix(w);
  if (w.startsWith('ber') || w.startsWith('ter') || w.startsWith('per')) w = stripPrefix(w);
  return w;
}
