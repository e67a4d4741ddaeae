// One turn from WhatsApp (a `whatsapp.message.received` batch), inside the consumer's transaction:
// lock the conversation's dialogue, stay silent during a takeover, run the dialogue, save the state,
// and write the one reply (and a handoff request) to the outbox with the turn's analytics record
// (those three in one statement).
import type { EventEnvelope } from '@govconnect/contracts';
import { conversationMetrics } from '../analytics/conversation-metrics.ts';
import { dialogueOptions, dialoguePorts, type ConversationDeps } from '../conversation/conversation-deps.ts';
import { turnInputOf } from '../conversation/turn-input.ts';
import { readState } from '../dialogue/dialogue-state.ts';
import { runDialogue } from '../dialogue/dialogue.ts';
import { lockDialogue, saveTurn, type Tx } from '../repositories/dialogue-state.repository.ts';

export async function handleMessageBatch(
  deps: ConversationDeps,
  tx: Tx,
  event: EventEnvelope<'whatsapp.message.received'>,
): Promise<void> {
  const started = performance.now();
  const { conversationId, waId, profileName, messages } = event.payload;
  const villageId = event.villageId;
  const metrics = conversationMetrics(deps.metrics.registry);
  const locked = await lockDialogue(tx, { conversationId, villageId, waId });
  if (locked.takeoverBy) {
    deps.logger.info('turn not answered: staff have taken the conversation over', { conversationId });
    metrics.silenced.inc({ village_id: villageId });
    return;
  }

  const result = await runDialogue(
    dialoguePorts(deps, villageId),
    dialogueOptions(deps),
    readState(locked.state),
    turnInputOf(messages),
    { villageId, conversationId, waId, profileName, turnKey: event.id },
  );
  const replyTo = messages[messages.length - 1]!.id;
  const events = deps.messaging.outbox.build<'ai.reply.ready' | 'conversation.handoff.requested'>([
    {
      type: 'ai.reply.ready',
      payload: { conversationId, to: waId, ...result.reply, replyTo },
      meta: { villageId },
    },
    ...(result.handoff
      ? [
          {
            type: 'conversation.handoff.requested' as const,
            payload: {
              conversationId,
              reason: result.handoff,
              note: result.handoff === 'bot_stuck' ? 'the bot could not help twice in a row' : undefined,
            },
            meta: { villageId },
          },
        ]
      : []),
  ]);

  const t = result.trace;
  const latencyMs = Math.round(performance.now() - started);
  // State, reply (and handoff request) and the turn's record: one statement in the consumer's transaction.
  await saveTurn(tx, {
    conversationId,
    state: result.state,
    events: events as EventEnvelope[],
    turn: {
      villageId,
      conversationId,
      eventId: event.id,
      messages: messages.length,
      intent: t.intent,
      confidence: t.confidence,
      outcome: t.outcome,
      resolvedByBot: t.outcome === 'answered',
      handoff: result.handoff !== undefined,
      retrievalAttempted: t.retrievalAttempted,
      retrievalHit: t.retrievalHit,
      latencyMs,
    },
  });
  metrics.observeTurn({ villageId, ...t, latencyMs, handoffReason: result.handoff });
}
