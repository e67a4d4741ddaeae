// The questions retrieval is judged on, and how one set of them is asked and scored: the Disdukcapil
// FAQ (the test set) and eval/data/retrieval-dev.tsv (the development set, on the demo knowledge base).
import { readFileSync } from 'node:fs';
import { answerFromKnowledge } from '../dialogue/knowledge-answer.ts';
import { searchKnowledge } from '../use-cases/search-knowledge.ts';
import { percentile, rankingReport } from './metrics.ts';
import { REPO_ROOT, faqIntent, rightTags, type FaqTag } from './testdata.ts';

export interface Question {
  q: string;
  right: Set<string>;
}

type SearchDeps = Parameters<typeof searchKnowledge>[0];

/** Asks every question in a village; `labelOf` names the answer an entry id stands for. */
export async function ask(
  deps: SearchDeps,
  villageId: string,
  questions: readonly Question[],
  labelOf: ReadonlyMap<string, string>,
) {
  const runs = [];
  const misses: { question: string; right: string[]; top3: string[] }[] = [];
  const latencies: number[] = [];
  // What the citizen gets: the bot answers from the best chunk only when it clears the answer floor.
  let answered = 0;
  let answeredRight = 0;
  for (const { q, right } of questions) {
    const started = performance.now();
    const results = await searchKnowledge(deps, { query: q, villageId, topK: 10 });
    latencies.push(performance.now() - started);
    const ranked = [...new Set(results.map((r) => labelOf.get(r.source.entryId) ?? 'other'))];
    runs.push({ ranked, right });
    if (answerFromKnowledge(results, deps.config.KNOWLEDGE_ANSWER_MIN_SIMILARITY).found) {
      answered++;
      if (right.has(ranked[0]!)) answeredRight++;
    }
    if (!ranked.slice(0, 3).some((t) => right.has(t)))
      misses.push({ question: q, right: [...right], top3: ranked.slice(0, 3) });
  }
  const share = (k: number) => Math.round((k / Math.max(questions.length, 1)) * 1e4) / 1e4;
  return {
    ...rankingReport(runs),
    /** Share of the questions the bot answers, and answers from a right entry. */
    answered: share(answered),
    answeredRight: share(answeredRight),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    misses,
  };
}

/** Every question of a KNOWLEDGE_QUERY tag; a question listed under several tags accepts each. */
export function faqQuestions(faq: readonly FaqTag[]): Question[] {
  const byText = new Map<string, Set<string>>();
  for (const t of faq) {
    for (const q of t.patterns) {
      const right = byText.get(q) ?? new Set<string>();
      for (const tag of rightTags(t.tag)) right.add(tag);
      byText.set(q, right);
    }
  }
  return faq
    .filter((t) => faqIntent(t.tag) === 'KNOWLEDGE_QUERY')
    .flatMap((t) => t.patterns.map((q) => ({ q, right: byText.get(q)! })));
}

/** Questions no knowledge base of the evaluation answers (eval/data/retrieval-unanswerable.tsv). */
export function unanswerableQuestions(): Question[] {
  return readFileSync(`${REPO_ROOT}eval/data/retrieval-unanswerable.tsv`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((q) => ({ q, right: new Set<string>() }));
}

/**
 * The second development set: questions written against the FAQ's answers (the knowledge base the
 * test loads), labelled with the tag that answers them; the FAQ's own questions stay unread.
 */
export const REGISTRY_DEV = `${REPO_ROOT}eval/data/retrieval-dev-registry.tsv`;

/**
 * The third development set, written the same way but as people type on WhatsApp: longer, with a
 * story around the question, slang and spoken verbs (3 questions for each of 36 of the FAQ's tags).
 */
export const REGISTRY_DEV_2 = `${REPO_ROOT}eval/data/retrieval-dev-registry-2.tsv`;

/** The development questions: `<entry title> TAB <question>` lines (a tag's overlaps count as right). */
export function devQuestions(file = `${REPO_ROOT}eval/data/retrieval-dev.tsv`): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [title, q] = l.split('\t');
      return { q: q!.trim(), right: rightTags(title!.trim()) };
    });
}
