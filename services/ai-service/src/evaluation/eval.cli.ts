// `npm run eval`: the AI-quality report (not a pass/fail test). Trains the local NLU engine as the
// service does, evaluates intents and retrieval, and writes eval/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadAiConfig } from '../config.ts';
import { LocalNlu } from '../nlu/local/local-nlu.ts';
import { evaluateIntents } from './intent-eval.ts';
import { evaluateRetrieval } from './retrieval-eval.ts';
import { REPO_ROOT } from './testdata.ts';

const FILLER = Number(process.env.EVAL_FILLER_CHUNKS ?? 100_000);
const GLOBAL_SHARE = Number(process.env.EVAL_FILLER_GLOBAL_SHARE ?? 0.05);
const config = loadAiConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' });

const trainStarted = performance.now();
const nlu = LocalNlu.train(undefined, { minConfidence: config.NLU_MIN_CONFIDENCE });
const trainMs = Math.round(performance.now() - trainStarted);
const intents = evaluateIntents(nlu);
if (!intents.xsid) console.warn('eval: ../shared/testdata is absent: xSID, FAQ and retrieval are skipped');
const retrieval = await evaluateRetrieval(config, FILLER, GLOBAL_SHARE);

const result = {
  generatedAt: new Date().toISOString(),
  engine: nlu.name,
  trainMs,
  intent: { accuracy: intents.heldOut.accuracy, macroF1: intents.heldOut.macroF1, heldOut: intents.heldOut },
  intentDev: intents.dev,
  xsid: intents.xsid ?? null,
  faqIntents: intents.faq ?? null,
  retrieval: retrieval
    ? {
        hit1: retrieval.withFaqOnly.hit1,
        hit3: retrieval.withFaqOnly.hit3,
        mrr: retrieval.withFaqOnly.mrr,
        p50Ms: retrieval.atScale.p50Ms,
        p95Ms: retrieval.atScale.p95Ms,
        ...retrieval,
      }
    : null,
};
mkdirSync(`${REPO_ROOT}eval/results`, { recursive: true });
writeFileSync(`${REPO_ROOT}eval/results/latest.json`, `${JSON.stringify(result, null, 2)}\n`);

const row = (k: string, v: unknown) => console.log(`${k.padEnd(44)} ${v}`);
row('intent accuracy (held-out)', `${result.intent.accuracy} (n=${intents.heldOut.n})`);
row('intent macro-F1 (held-out)', result.intent.macroF1);
row(
  'intent accuracy / macro-F1 (dev set)',
  `${intents.dev.accuracy} / ${intents.dev.macroF1} (n=${intents.dev.n})`,
);
if (result.xsid)
  row(
    'xSID out-of-scope rate',
    `${result.xsid.outOfScopeRate} (n=${result.xsid.n}, complaints ${result.xsid.takenForComplaint})`,
  );
if (result.faqIntents)
  row('FAQ question intents accuracy', `${result.faqIntents.accuracy} (n=${result.faqIntents.n})`);
if (retrieval) {
  const s = retrieval.withFaqOnly;
  const l = retrieval.atScale;
  row('FAQ retrieval hit@1 / hit@3 / MRR', `${s.hit1} / ${s.hit3} / ${s.mrr} (n=${s.n})`);
  row(`same with ${FILLER} filler chunks`, `${l.hit1} / ${l.hit3} / ${l.mrr}`);
  row('FAQ: the bot answers / answers rightly', `${s.answered} / ${s.answeredRight}`);
  row(`search p50 / p95 at ${FILLER} chunks (ms)`, `${l.p50Ms} / ${l.p95Ms}`);
  const f = retrieval.fillerVillageLatency;
  row(`same, village with its own filler (ms)`, `${f.p50Ms} / ${f.p95Ms} (${f.villageId})`);
  const d = retrieval.dev;
  row(
    'dev set hit@1 / hit@3 / MRR (demo KB)',
    `${d.alone.hit1} / ${d.alone.hit3} / ${d.alone.mrr} (n=${d.questions})`,
  );
  row(`dev set with ${FILLER} filler chunks`, `${d.atScale.hit1} / ${d.atScale.hit3} / ${d.atScale.mrr}`);
  row('dev set: the bot answers / answers rightly', `${d.alone.answered} / ${d.alone.answeredRight}`);
  for (const [name, r] of [
    ['registry dev set', retrieval.registryDev],
    ['registry dev set 2', retrieval.registryDev2],
  ] as const) {
    row(
      `${name} hit@1 / hit@3 / MRR (FAQ answers)`,
      `${r.alone.hit1} / ${r.alone.hit3} / ${r.alone.mrr} (n=${r.questions})`,
    );
    row(`${name} with ${FILLER} filler chunks`, `${r.atScale.hit1} / ${r.atScale.hit3} / ${r.atScale.mrr}`);
    row(`${name}: the bot answers / answers rightly`, `${r.alone.answered} / ${r.alone.answeredRight}`);
  }
  const u = retrieval.unanswerable;
  row(
    'unanswerable: the bot answers anyway (demo / registry KB)',
    `${u.answeredDemo} / ${u.answeredRegistry} (n=${u.questions})`,
  );
}
console.log('written: eval/results/latest.json');
