// One turn from WhatsApp (a `whatsapp.message.received` batch), inside the consumer's transaction:
// lock the conversation's dialogue, stay silent during a takeover, run the dialogue, save the state,
// and write the one reply (and a handoff request) to the outbox with the turn's analytics record.
import type { EventEnvelope } from '@govconnect/contracts';
import { conversationMetrics } from '../analytics/conversation-metrics.ts';
import { dialogueOptions, dialoguePorts, type ConversationDeps } from '../conversation/conversation-deps.ts';
import { turnInputOf } from '../conversation/turn-input.ts';
import { readState } from '../dialogue/dialogue-state.ts';
import { runDialogue } from '../dialogue/dialogue.ts';
import { recordTurn } from '../repositories/conversation-turn.repository.ts';
import { lockDialogue, saveDialogue, type Tx } from '../repositories/dialogue-state.repository.ts';

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
  await saveDialogue(tx, conversationId, result.state);
  const replyTo = messages[messages.length - 1]!.id;
  await deps.messaging.outbox.enqueue(
    tx,
    'ai.reply.ready',
    { conversationId, to: waId, ...result.reply, replyTo },
    { villageId },
  );
  if (result.handoff)
    await deps.messaging.outbox.enqueue(
      tx,
      'conversation.handoff.requested',
      {
        conversationId,
        reason: result.handoff,
        note: result.handoff === 'bot_stuck' ? 'the bot could not help twice in a row' : undefined,
      },
      { villageId },
    );

  const t = result.trace;
  const latencyMs = Math.round(performance.now() - started);
  await recordTurn(tx, {
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
  });
  metrics.observeTurn({ villageId, ...t, latencyMs, handoffReason: result.handoff });
}
