// What the dialogue needs from the world, as plain functions: understanding, retrieval and the case
// service. The use case wires the real ones; the dialogue itself never does I/O of its own.
import type { NluResult } from '../nlu/nlu-engine.ts';
import type { KnowledgeHit } from '../use-cases/search-knowledge.ts';
import type { ComplaintDraft } from './dialogue-state.ts';

/** The case service could not be reached or failed (5xx, timeout): the citizen is told, nothing is lost. */
export class CaseServiceUnavailableError extends Error {
  override readonly name = 'CaseServiceUnavailableError';
}

export interface ComplaintSummary {
  complaintId: string;
  category: string;
  status: string;
  /** The last note staff wrote on it, if any. */
  lastNote?: string | null;
}

export type CancelOutcome = 'cancelled' | 'not_own' | 'not_open' | 'not_found';

export interface CaseApi {
  create(input: {
    draft: ComplaintDraft;
    villageId: string;
    waId?: string;
    name?: string;
    conversationId?: string;
    idempotencyKey: string;
  }): Promise<{ complaintId: string; status: string }>;
  get(villageId: string, complaintId: string): Promise<ComplaintSummary | null>;
  listMine(villageId: string, waId: string): Promise<ComplaintSummary[]>;
  cancel(villageId: string, complaintId: string, waId: string): Promise<CancelOutcome>;
}

export interface DialoguePorts {
  understand(text: string): Promise<NluResult>;
  searchKnowledge(query: string): Promise<KnowledgeHit[]>;
  cases: CaseApi;
}
