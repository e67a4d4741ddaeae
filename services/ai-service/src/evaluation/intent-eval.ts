// Intent quality of an NLU engine: the held-out set, the development set, the xSID out-of-scope set,
// and the FAQ's questions. Also checks that none of these sentences is in the training set (no leakage).
import { normalizeText } from '../nlu/local/normalize.ts';
import type { LocalNlu } from '../nlu/local/local-nlu.ts';
import { loadTrainingSet } from '../nlu/local/training-set.ts';
import { classificationReport } from './metrics.ts';
import { faqIntent, readFaq, readHeldOut, readXsid, REPO_ROOT } from './testdata.ts';

/** Messages written to check changes to the engine against; the held-out set stays untouched. */
export const DEV_SET = `${REPO_ROOT}eval/data/intents-dev.tsv`;

export function evaluateIntents(nlu: LocalNlu) {
  const training = new Set(loadTrainingSet().map((u) => normalizeText(u.text)));
  const leaked = (texts: readonly string[]) => texts.filter((t) => training.has(normalizeText(t))).length;

  const labelled = (set: readonly { intent: string; text: string }[]) => {
    const pairs = set.map((u) => ({
      text: u.text,
      expected: u.intent,
      predicted: nlu.classify(u.text).intent,
    }));
    return {
      ...classificationReport(pairs),
      inTrainingSet: leaked(set.map((u) => u.text)),
      errors: pairs.filter((x) => x.expected !== x.predicted),
    };
  };
  const heldOut = labelled(readHeldOut());
  const dev = labelled(readHeldOut(DEV_SET));

  const xsidTexts = readXsid();
  const xsid =
    xsidTexts &&
    (() => {
      const predicted = xsidTexts.map((t) => nlu.classify(t).intent);
      const count = (i: string) => predicted.filter((p) => p === i).length;
      const byIntent = Object.fromEntries([...new Set(predicted)].sort().map((i) => [i, count(i)]));
      return {
        n: xsidTexts.length,
        outOfScopeRate: Math.round((count('UNKNOWN') / xsidTexts.length) * 1e4) / 1e4,
        takenForComplaint: count('CREATE_COMPLAINT'),
        predicted: byIntent,
        inTrainingSet: leaked(xsidTexts),
      };
    })();

  const faq = readFaq();
  const faqPairs = faq?.flatMap((t) =>
    t.patterns.map((q) => ({ expected: faqIntent(t.tag), predicted: nlu.classify(q).intent, text: q })),
  );
  return {
    heldOut,
    dev,
    xsid,
    faq: faqPairs && {
      ...classificationReport(faqPairs),
      inTrainingSet: leaked(faqPairs.map((p) => p.text)),
    },
  };
}
