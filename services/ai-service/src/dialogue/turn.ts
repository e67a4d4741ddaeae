// One turn of a conversation: what came in (a batch of messages read together), who it is from,
// and what the dialogue decided (the one reply, a handoff, the new state, and a trace of why).
import type { Intent } from '@govconnect/contracts';
import type { NluSlots } from '../nlu/nlu-engine.ts';
import type { DialogueState, Location } from './dialogue-state.ts';

export interface TurnInput {
  /** Texts, captions and button titles of the batch, in order, one per line. */
  text: string;
  location?: Location;
  mediaIds: string[];
  messageCount: number;
}

export interface TurnContext {
  villageId: string;
  conversationId?: string;
  waId?: string;
  profileName?: string;
  /** Unique per turn and the same on a redelivery (the event id): drafts and idempotency keys derive from it. */
  turnKey: string;
}

export type Reply =
  | { text: string }
  | { interactive: { kind: 'buttons'; body: string; options: { id: string; title: string }[] } };

export type TurnOutcomeKind = 'answered' | 'fallback' | 'not_found' | 'handoff' | 'error';

export interface KnowledgeSource {
  entryId: string;
  title: string;
  similarity: number;
  score: number;
}

export interface TurnTrace {
  intent: Intent;
  confidence: number;
  slots: NluSlots;
  sources: KnowledgeSource[];
  outcome: TurnOutcomeKind;
  retrievalAttempted: boolean;
  retrievalHit: boolean;
}

export interface TurnResult {
  state: DialogueState;
  reply: Reply;
  handoff?: 'citizen_asked' | 'bot_stuck';
  trace: TurnTrace;
}

/** The text a reply shows (an interactive message's body). */
export function replyText(reply: Reply): string {
  return 'text' in reply ? reply.text : reply.interactive.body;
}
