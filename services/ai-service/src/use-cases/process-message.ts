// POST /internal/process-message: the conversation's pipeline for one text, synchronously, with a
// trace. Without a conversationId the dialogue starts afresh and nothing is stored; with one, that
// conversation's state is read and saved (a test chat of its own). It never publishes events and
// records no analytics: a test chat must not reach a citizen's phone nor skew the figures.
import { randomUUID } from 'node:crypto';
import { dialogueOptions, dialoguePorts, type ConversationDeps } from '../conversation/conversation-deps.ts';
import { timedPorts } from '../conversation/timed-ports.ts';
import { initialState, readState, type DialogueState } from '../dialogue/dialogue-state.ts';
import { runDialogue } from '../dialogue/dialogue.ts';
import { replyText, type TurnResult } from '../dialogue/turn.ts';
import { lockDialogue, saveDialogue } from '../repositories/dialogue-state.repository.ts';

export interface ProcessMessageInput {
  villageId: string;
  waId?: string;
  text: string;
  conversationId?: string;
}

export async function processMessage(deps: ConversationDeps, input: ProcessMessageInput) {
  const started = performance.now();
  const { ports, timings } = timedPorts(dialoguePorts(deps, input.villageId));
  const ctx = {
    villageId: input.villageId,
    conversationId: input.conversationId,
    waId: input.waId,
    turnKey: randomUUID(),
  };
  const turn = { text: input.text, mediaIds: [], messageCount: 1 };
  const run = (state: DialogueState) => runDialogue(ports, dialogueOptions(deps), state, turn, ctx);

  let result: TurnResult | null;
  if (!input.conversationId) result = await run(initialState());
  else {
    const conversationId = input.conversationId;
    result = await deps.db.$transaction(
      async (tx) => {
        const locked = await lockDialogue(tx, {
          conversationId,
          villageId: input.villageId,
          waId: input.waId,
        });
        if (locked.takeoverBy) return null;
        const r = await run(readState(locked.state));
        await saveDialogue(tx, conversationId, r.state);
        return r;
      },
      { timeout: 15_000 },
    );
  }
  const totalMs = Math.round((performance.now() - started) * 100) / 100;
  if (!result)
    return {
      reply: null,
      silenced: true,
      trace: {
        intent: null,
        confidence: null,
        slots: {},
        sources: [],
        timingsMs: { ...timings, total: totalMs },
      },
    };
  return {
    reply: replyText(result.reply),
    ...('interactive' in result.reply ? { interactive: result.reply.interactive } : {}),
    ...(result.handoff ? { handoff: result.handoff } : {}),
    state: { mode: result.state.mode, failures: result.state.failures },
    trace: {
      intent: result.trace.intent,
      confidence: result.trace.confidence,
      slots: result.trace.slots,
      sources: result.trace.sources,
      outcome: result.trace.outcome,
      timingsMs: { ...timings, total: totalMs },
    },
  };
}
