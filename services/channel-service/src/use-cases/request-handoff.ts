// conversation.handoff.requested (from the AI): the conversation waits for a human. A conversation
// already under takeover keeps its state.
import type { EventPayload } from '@govconnect/contracts';
import type { Tx } from '../repositories/prisma-client.ts';
import type { ChannelDeps } from './intake.types.ts';

export async function requestHandoff(
  deps: Pick<ChannelDeps, 'feed' | 'logger'>,
  tx: Tx,
  payload: EventPayload<'conversation.handoff.requested'>,
): Promise<(() => void) | undefined> {
  const c = await tx.conversation.findUnique({ where: { id: payload.conversationId } });
  if (!c) {
    deps.logger.warn('handoff requested for an unknown conversation; ignored', {
      conversationId: payload.conversationId,
    });
    return undefined;
  }
  if (c.status === 'takeover') return undefined;
  const next = await tx.conversation.update({
    where: { id: c.id },
    data: {
      status: 'handoff_requested',
      handoffReason: payload.note ? `${payload.reason}: ${payload.note}` : payload.reason,
      updatedAt: new Date(),
    },
  });
  // Streamed by the consumer right after the handler returns.
  return () =>
    deps.feed.publish({
      kind: 'conversation',
      villageId: next.villageId,
      conversationId: next.id,
      data: { conversationId: next.id, status: next.status, handoffReason: next.handoffReason },
    });
}
