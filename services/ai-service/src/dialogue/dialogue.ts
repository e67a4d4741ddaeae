// The dialogue: given where a conversation stands and one turn of the citizen's messages, decide
// the one reply, the new state and whether to hand the conversation to a person. Pending
// confirmations and drafts come first; otherwise the intent decides.
import type { NluResult } from '../nlu/nlu-engine.ts';
import { continueComplaint, startComplaint, type FlowStep } from './complaint-flow.ts';
import { answerCancel, checkStatus, requestCancel } from './complaint-tracking.ts';
import type { DialogueState } from './dialogue-state.ts';
import { answerFromKnowledge } from './knowledge-answer.ts';
import type { DialoguePorts } from './ports.ts';
import { replies } from './replies.ts';
import type { KnowledgeSource, TurnContext, TurnInput, TurnResult } from './turn.ts';
import { wantsToReport } from './words.ts';

export interface DialogueOptions {
  /** A knowledge hit less similar than this is not used as an answer. */
  answerMinSimilarity: number;
  /** Failures in a row (not understood, nothing found) that hand the conversation to a person. */
  maxFailures: number;
}

const UNDERSTOOD_NOTHING: NluResult = { intent: 'UNKNOWN', confidence: 0, slots: {}, engine: 'none' };

export async function runDialogue(
  ports: DialoguePorts,
  options: DialogueOptions,
  state: DialogueState,
  input: TurnInput,
  ctx: TurnContext,
): Promise<TurnResult> {
  const nlu = input.text.trim() ? await ports.understand(input.text) : UNDERSTOOD_NOTHING;
  const trace = {
    intent: nlu.intent,
    confidence: nlu.confidence,
    slots: nlu.slots,
    sources: [] as KnowledgeSource[],
    retrievalAttempted: false,
    retrievalHit: false,
  };
  const finish = (step: FlowStep, flowIntent?: NluResult['intent']): TurnResult => {
    const draft = step.state.draft;
    const slots = draft
      ? { ...trace.slots, category: draft.category, address: draft.address, description: draft.description }
      : trace.slots;
    const intent = flowIntent ?? trace.intent;
    return {
      state: step.state,
      reply: step.reply,
      trace: { ...trace, intent, slots, outcome: step.outcome },
    };
  };

  // A turn taken by an open flow (a confirmation tapped, a missing detail given) belongs to that flow,
  // whatever the words alone would be read as ("Ya, kirim" is not thanks): the trace and the
  // analytics count it under the flow's intent.
  if (state.mode === 'confirm_cancel' && state.cancelTarget) {
    const step = await answerCancel(ports, state, input, ctx);
    if (step) return finish(withFailures(step, 0), 'CANCEL_COMPLAINT');
    state = { ...state, mode: state.draft ? 'collecting' : 'idle', cancelTarget: undefined };
  }
  if ((state.mode === 'collecting' || state.mode === 'confirm_create') && state.draft) {
    const step = await continueComplaint(ports, state, input, nlu, ctx);
    if (step) return finish(withFailures(step, 0), 'CREATE_COMPLAINT');
  }

  const step = await byIntent(ports, options, state, input, nlu, ctx, trace);
  if (step.outcome === 'handoff') return { ...finish(step), handoff: 'citizen_asked' };
  if (step.outcome === 'fallback' || step.outcome === 'not_found') {
    const failures = state.failures + 1;
    if (failures >= options.maxFailures) {
      const stuck: FlowStep = {
        state: { ...step.state, failures: 0 },
        reply: { text: replies.handoffStuck() },
        outcome: 'handoff',
      };
      return { ...finish(stuck), handoff: 'bot_stuck' };
    }
    return finish(remindDraft(withFailures(step, failures)));
  }
  return finish(remindDraft(withFailures(step, 0)));
}

function withFailures(step: FlowStep, failures: number): FlowStep {
  return { ...step, state: { ...step.state, failures } };
}

/** A draft left aside for another question is mentioned, so the citizen knows it is kept. */
function remindDraft(step: FlowStep): FlowStep {
  if (!step.state.draft || step.state.mode === 'confirm_cancel' || !('text' in step.reply)) return step;
  return { ...step, reply: { text: `${step.reply.text}\n\n${replies.draftKeptReminder()}` } };
}

async function byIntent(
  ports: DialoguePorts,
  options: DialogueOptions,
  state: DialogueState,
  input: TurnInput,
  nlu: NluResult,
  ctx: TurnContext,
  trace: {
    intent: NluResult['intent'];
    sources: KnowledgeSource[];
    retrievalAttempted: boolean;
    retrievalHit: boolean;
  },
): Promise<FlowStep> {
  const say = (text: string, outcome: FlowStep['outcome'] = 'answered'): FlowStep => ({
    state,
    reply: { text },
    outcome,
  });
  const attachments = Boolean(input.location) || input.mediaIds.length > 0;
  switch (nlu.intent) {
    case 'GREETING':
      return say(replies.greeting(ctx.profileName));
    case 'THANKS':
      return say(replies.thanks());
    case 'HUMAN_AGENT':
      return say(replies.handoff(), 'handoff');
    case 'CHECK_STATUS':
      return checkStatus(ports, state, nlu, ctx);
    case 'CANCEL_COMPLAINT':
      return requestCancel(ports, state, nlu, ctx);
    case 'CREATE_COMPLAINT':
      return startComplaint(state, input, nlu, ctx);
    case 'KNOWLEDGE_QUERY': {
      trace.retrievalAttempted = true;
      const hits = await ports.searchKnowledge(input.text);
      const answer = answerFromKnowledge(hits, options.answerMinSimilarity);
      trace.sources = answer.sources;
      trace.retrievalHit = answer.found;
      return say(answer.text, answer.found ? 'answered' : 'not_found');
    }
    case 'UNKNOWN':
      // "mau lapor", or a photo / location sent on its own: the start of a report, and counted as one.
      if (wantsToReport(input.text) || attachments) {
        trace.intent = 'CREATE_COMPLAINT';
        return startComplaint(state, input, nlu, ctx);
      }
      return say(replies.notUnderstood(), 'fallback');
  }
}
