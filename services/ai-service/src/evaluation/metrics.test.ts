import { describe, expect, it } from 'vitest';
import { normalizeText } from '../nlu/local/normalize.ts';
import { loadTrainingSet } from '../nlu/local/training-set.ts';
import { classificationReport, percentile, rankingReport } from './metrics.ts';
import { readHeldOut } from './testdata.ts';

describe('evaluation metrics', () => {
  it('when predictions are scored, then accuracy, macro-F1 and the confusion matrix agree', () => {
    const r = classificationReport([
      { expected: 'A', predicted: 'A' },
      { expected: 'A', predicted: 'B' },
      { expected: 'B', predicted: 'B' },
      { expected: 'B', predicted: 'B' },
    ]);
    expect(r.accuracy).toBe(0.75);
    expect(r.confusion).toEqual({ A: { A: 1, B: 1 }, B: { A: 0, B: 2 } });
    expect(r.perIntent.A).toMatchObject({ precision: 1, recall: 0.5 });
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 3);
  });

  it('when answers are ranked, then hit@1, hit@3 and MRR count any right answer', () => {
    const r = rankingReport([
      { ranked: ['x', 'y'], right: new Set(['x']) },
      { ranked: ['a', 'b', 'c'], right: new Set(['c', 'z']) },
      { ranked: ['a'], right: new Set(['q']) },
    ]);
    expect(r).toEqual({ n: 3, hit1: 0.3333, hit3: 0.6667, mrr: 0.4444 });
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });

  it('when the held-out set is read, then none of its sentences is in the training set', () => {
    const training = new Set(loadTrainingSet().map((u) => normalizeText(u.text)));
    const heldOut = readHeldOut();
    expect(heldOut.length).toBeGreaterThanOrEqual(150);
    expect(heldOut.filter((u) => training.has(normalizeText(u.text)))).toEqual([]);
  });
});
