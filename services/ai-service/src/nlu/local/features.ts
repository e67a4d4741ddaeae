// The features the intent and category classifiers see: normalised words, their stems, word
// bigrams and character 3-grams of each word (which absorb typos such as "rusakk" or "lmpu"), and
// whether the message names a public service at all.
import { normalizeTokens } from './normalize.ts';
import { namesPublicService } from './service-lexicon.ts';
import { stem } from './stem.ts';

export function featuresOf(text: string): string[] {
  const tokens = normalizeTokens(text);
  const features = new Set<string>();
  const stems = tokens.map(stem);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    features.add(`w:${word}`);
    features.add(`s:${stems[i]}`);
    if (i > 0) features.add(`b:${stems[i - 1]}_${stems[i]}`);
    const padded = `<${word}>`;
    if (!/^\d+$/.test(word)) {
      for (let j = 0; j + 3 <= padded.length; j++) features.add(`c:${padded.slice(j, j + 3)}`);
    }
  }
  if (tokens.length <= 2) features.add('len:short');
  if (namesPublicService(tokens)) features.add('lex:service');
  return [...features];
}
