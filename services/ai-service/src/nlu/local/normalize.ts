// Turns informal WhatsApp Indonesian into plain tokens: lower case, repeated letters collapsed,
// reduplication ("jalan2") expanded, common abbreviations and slang spelled out.
import { SLANG } from './slang.ts';

/** Words whose doubled letters are real, so collapsing repeats must keep two of them. */
const DOUBLE_LETTER_WORDS = new Set(['maaf', 'saat', 'taat', 'jumaat', 'sekolah', 'tolong']);

function collapseRepeats(word: string): string {
  if (!/(.)\1\1/.test(word)) return word;
  const two = word.replace(/(.)\1{2,}/g, '$1$1');
  if (DOUBLE_LETTER_WORDS.has(two)) return two;
  return word.replace(/(.)\1{2,}/g, '$1');
}

/** Splits text into lower-case word tokens, numbers apart from letters ("3hr" -> "3", "hr"). */
export function tokenize(text: string): string[] {
  const lowered = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([a-z]+)2\b/g, '$1 $1') // reduplication: "jalan2" -> "jalan jalan"
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2');
  return lowered.split(/[^a-z0-9]+/).filter(Boolean);
}

/** The normalised tokens of a message: repeats collapsed, slang and abbreviations expanded. */
export function normalizeTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenize(text)) {
    const word = collapseRepeats(raw);
    const expanded = SLANG[word] ?? SLANG[raw];
    if (expanded) out.push(...expanded.split(' '));
    else out.push(word);
  }
  return out;
}

/** The normalised message as one string. */
export function normalizeText(text: string): string {
  return normalizeTokens(text).join(' ');
}
