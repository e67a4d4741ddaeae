// conversation.takeover.started / .ended: the bot stays silent in a conversation while staff hold it.
import type { EventEnvelope } from '@govconnect/contracts';
import { setTakeover, type Tx } from '../repositories/dialogue-state.repository.ts';

export async function trackTakeover(
  tx: Tx,
  event: EventEnvelope<'conversation.takeover.started' | 'conversation.takeover.ended'>,
): Promise<void> {
  const { conversationId, adminId } = event.payload;
  const started = event.type === 'conversation.takeover.started';
  await setTakeover(
    tx,
    { conversationId, villageId: event.villageId },
    started ? adminId : null,
    new Date(event.occurredAt),
  );
}
