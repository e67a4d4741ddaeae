// Classification and ranking metrics for the evaluation report.

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perIntent: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[expected][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function classificationReport(
  pairs: readonly { expected: string; predicted: string }[],
): ClassificationReport {
  const labels = [...new Set(pairs.flatMap((p) => [p.expected, p.predicted]))].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of labels) confusion[e] = Object.fromEntries(labels.map((p) => [p, 0]));
  for (const p of pairs) confusion[p.expected]![p.predicted]! += 1;
  const perIntent: ClassificationReport['perIntent'] = {};
  const expectedLabels = [...new Set(pairs.map((p) => p.expected))].sort();
  for (const label of expectedLabels) {
    const tp = confusion[label]![label]!;
    const predicted = labels.reduce((s, e) => s + confusion[e]![label]!, 0);
    const support = labels.reduce((s, p) => s + confusion[label]![p]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perIntent[label] = { precision: r4(precision), recall: r4(recall), f1: r4(f1), support };
  }
  const correct = pairs.filter((p) => p.expected === p.predicted).length;
  const f1s = Object.values(perIntent).map((x) => x.f1);
  return {
    n: pairs.length,
    accuracy: r4(correct / pairs.length),
    macroF1: r4(f1s.reduce((a, b) => a + b, 0) / f1s.length),
    perIntent,
    confusion,
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

/** hit@1, hit@3 and MRR of ranked answers, given which answers count as right for each query. */
export function rankingReport(runs: readonly { ranked: readonly string[]; right: ReadonlySet<string> }[]) {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  for (const { ranked, right } of runs) {
    const rank = ranked.findIndex((x) => right.has(x));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = runs.length;
  return { n, hit1: r4(hit1 / n), hit3: r4(hit3 / n), mrr: r4(rr / n) };
}
