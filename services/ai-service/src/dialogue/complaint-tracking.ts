// CHECK_STATUS (by id, or the citizen's own recent complaints) and CANCEL_COMPLAINT (only the
// reporter's own, after a confirmation), through the case service.
import { TERMINAL_STATUSES, type ComplaintStatus } from '@govconnect/contracts';
import type { NluResult } from '../nlu/nlu-engine.ts';
import type { FlowStep } from './complaint-flow.ts';
import type { DialogueState } from './dialogue-state.ts';
import { CaseServiceUnavailableError, type DialoguePorts } from './ports.ts';
import { CONFIRM_CANCEL_OPTIONS, replies } from './replies.ts';
import type { TurnContext } from './turn.ts';
import { shortAnswer } from './words.ts';

const isOpen = (status: string) => !TERMINAL_STATUSES.includes(status as ComplaintStatus);
const text = (state: DialogueState, t: string, outcome: FlowStep['outcome'] = 'answered'): FlowStep => ({
  state,
  reply: { text: t },
  outcome,
});

/** Runs a case-service step; when the service is down, the citizen is told and the state kept. */
async function guarded(state: DialogueState, step: () => Promise<FlowStep>): Promise<FlowStep> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof CaseServiceUnavailableError) return text(state, replies.statusUnavailable(), 'error');
    throw err;
  }
}

export function checkStatus(ports: DialoguePorts, state: DialogueState, nlu: NluResult, ctx: TurnContext) {
  return guarded(state, async () => {
    const id = nlu.slots.complaintId;
    if (id) {
      const found = await ports.cases.get(ctx.villageId, id);
      if (!found) return text(state, replies.complaintNotFound(id));
      return text(state, replies.status(found.complaintId, found.status, found.lastNote));
    }
    if (!ctx.waId) return text(state, replies.needPhone());
    const mine = await ports.cases.listMine(ctx.villageId, ctx.waId);
    if (mine.length === 0) return text(state, replies.noComplaints());
    if (mine.length === 1) {
      const one = (await ports.cases.get(ctx.villageId, mine[0]!.complaintId)) ?? mine[0]!;
      return text(state, replies.status(one.complaintId, one.status, one.lastNote));
    }
    return text(state, replies.statusList(mine.slice(0, 3)));
  });
}

/** Finds the complaint to cancel and asks for confirmation; nothing is cancelled yet. */
export function requestCancel(ports: DialoguePorts, state: DialogueState, nlu: NluResult, ctx: TurnContext) {
  return guarded(state, async () => {
    if (!ctx.waId) return text(state, replies.needPhone());
    const mine = await ports.cases.listMine(ctx.villageId, ctx.waId);
    let id = nlu.slots.complaintId;
    if (!id) {
      const open = mine.filter((c) => isOpen(c.status));
      if (open.length === 0) return text(state, replies.nothingToCancel());
      if (open.length > 1) return text(state, replies.askWhichToCancel(open.map((c) => c.complaintId)));
      id = open[0]!.complaintId;
    }
    const own = mine.find((c) => c.complaintId === id);
    if (!own) {
      const exists = await ports.cases.get(ctx.villageId, id);
      return text(state, exists ? replies.notYourComplaint(id) : replies.complaintNotFound(id));
    }
    if (!isOpen(own.status)) return text(state, replies.cannotCancel(id, own.status));
    return {
      state: { ...state, mode: 'confirm_cancel', cancelTarget: id },
      reply: {
        interactive: {
          kind: 'buttons',
          body: replies.confirmCancelBody(id),
          options: CONFIRM_CANCEL_OPTIONS,
        },
      },
      outcome: 'answered',
    };
  });
}

/**
 * The answer to "Yakin ingin membatalkan ...?". Returns undefined when the message is no answer
 * (the citizen moved on: the pending cancellation is forgotten).
 */
export async function answerCancel(
  ports: DialoguePorts,
  state: DialogueState,
  input: { text: string },
  ctx: TurnContext,
): Promise<FlowStep | undefined> {
  const id = state.cancelTarget!;
  const answer = shortAnswer(input.text, { cancelling: true });
  const after: DialogueState = {
    ...state,
    mode: state.draft ? 'collecting' : 'idle',
    cancelTarget: undefined,
  };
  if (answer === 'no') return text(after, replies.cancelKept(id));
  if (answer !== 'yes') return undefined;
  return guarded(state, async () => {
    const outcome = await ports.cases.cancel(ctx.villageId, id, ctx.waId!);
    if (outcome === 'cancelled') return text(after, replies.cancelled(id));
    if (outcome === 'not_own') return text(after, replies.notYourComplaint(id));
    if (outcome === 'not_found') return text(after, replies.complaintNotFound(id));
    // Already closed; possibly by our own earlier attempt whose answer was lost.
    const now = await ports.cases.get(ctx.villageId, id);
    if (now?.status === 'CANCELLED') return text(after, replies.cancelled(id));
    return text(after, replies.cannotCancel(id, now?.status ?? 'RESOLVED'));
  });
}
