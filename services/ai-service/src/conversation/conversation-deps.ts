// What the conversation's use cases receive: the service's deps, the case service's API and the
// hook that publishes committed outbox rows at once.
import type { AiDeps } from '../deps.ts';
import type { DialogueOptions } from '../dialogue/dialogue.ts';
import type { CaseApi, DialoguePorts } from '../dialogue/ports.ts';
import { searchKnowledge } from '../use-cases/search-knowledge.ts';

export interface ConversationDeps extends AiDeps {
  cases: CaseApi;
}

/** The bot fails this many times in a row (not understood, nothing found) before a person takes over. */
export const MAX_FAILURES = 2;

export function dialogueOptions(deps: Pick<AiDeps, 'config'>): DialogueOptions {
  return { answerMinSimilarity: deps.config.KNOWLEDGE_ANSWER_MIN_SIMILARITY, maxFailures: MAX_FAILURES };
}

export function dialoguePorts(deps: ConversationDeps, villageId: string): DialoguePorts {
  return {
    understand: (text) => deps.nlu.understand(text, { villageId }),
    searchKnowledge: (query) => searchKnowledge(deps, { query, villageId, topK: 3 }),
    cases: deps.cases,
  };
}
