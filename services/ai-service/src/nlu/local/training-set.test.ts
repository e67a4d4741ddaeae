import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_SET } from '../../evaluation/intent-eval.ts';
import { readHeldOut } from '../../evaluation/testdata.ts';
import { LocalNlu } from './local-nlu.ts';
import { normalizeText, normalizeTokens } from './normalize.ts';
import { namesPublicService } from './service-lexicon.ts';
import { loadTrainingSet } from './training-set.ts';

const dev = readHeldOut(DEV_SET);
let nlu: LocalNlu;
beforeAll(() => {
  nlu = LocalNlu.train();
});

describe('the training set against the development set', () => {
  it('when the development set is read, then none of its sentences is in the training set', () => {
    const training = new Set(loadTrainingSet().map((u) => normalizeText(u.text)));
    expect(dev.length).toBeGreaterThanOrEqual(150);
    expect(dev.filter((u) => training.has(normalizeText(u.text)))).toEqual([]);
  });

  it('when the engine reads the development set, then few knowledge questions or greetings are UNKNOWN', () => {
    const fallback = dev.filter(
      (u) =>
        ['KNOWLEDGE_QUERY', 'GREETING', 'THANKS'].includes(u.intent) &&
        nlu.classify(u.text).intent === 'UNKNOWN',
    );
    const outOfScope = dev.filter((u) => u.intent === 'UNKNOWN');
    const kept = outOfScope.filter((u) => nlu.classify(u.text).intent === 'UNKNOWN');
    expect(fallback.length).toBeLessThanOrEqual(5);
    expect(kept.length / outOfScope.length).toBeGreaterThanOrEqual(0.9);
  });

  it('when a message names a document or an office, then the service lexicon sees it', () => {
    expect(namesPublicService(normalizeTokens('pembuatan akte kelahiran'))).toBe(true);
    expect(namesPublicService(normalizeTokens('syaratnya apa'))).toBe(true);
    expect(namesPublicService(normalizeTokens('kapan film spiderman tayang'))).toBe(false);
  });
});
