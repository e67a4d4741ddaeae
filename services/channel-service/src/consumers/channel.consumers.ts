// Entry points for the events the channel consumes: the AI's replies (sent through the Graph API, at
// most once per event) and its handoff requests.
import { EXCHANGE } from '@govconnect/contracts';
import type { Messaging } from '@govconnect/messaging';
import { AppError } from '@govconnect/service-kit';
import type { GraphClient } from '../graph/graph-client.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';
import { requestHandoff } from '../use-cases/request-handoff.ts';
import { sendMessage } from '../use-cases/send-message.ts';

/**
 * The channel's queue names. Under an exchange of its own (a test's), the queues are namespaced by it
 * too: a queue's dead-letter arguments name the exchange, so sharing one name would clash.
 */
export function channelQueue(
  messaging: Pick<Messaging, 'exchanges'>,
  name: 'ai-replies' | 'handoffs',
): string {
  const exchange = messaging.exchanges.exchange;
  return exchange === EXCHANGE ? `channel.${name}` : `${exchange}.channel.${name}`;
}

export async function startConsumers(deps: ChannelDeps, graph: GraphClient): Promise<void> {
  // No `db` here: the Graph call cannot join a transaction. The reply's row, claimed by the event id
  // before the call, is what makes a redelivered event a no-op.
  await deps.messaging.consume({
    queue: channelQueue(deps.messaging, 'ai-replies'),
    routingKeys: ['ai.reply.ready'],
    // Each reply waits on the Graph API; more in flight keeps the process busy instead of waiting.
    prefetch: 32,
    handler: async (event) => {
      const p = event.payload;
      try {
        await sendMessage(
          { ...deps, graph },
          {
            villageId: event.villageId,
            to: p.to,
            content: p.text !== undefined ? { text: p.text } : { interactive: p.interactive },
            replyTo: p.replyTo,
            sourceEventId: event.id,
            botReply: true, // dropped while staff hold the conversation
          },
        );
      } catch (err) {
        // The outcome is recorded on the message (and streamed). The claimed row makes a redelivery a
        // no-op, so retrying the event could not send it anyway; failures of our own database do retry.
        if (err instanceof AppError) {
          deps.logger.warn('AI reply not delivered', { err, conversationId: p.conversationId });
          return;
        }
        throw err;
      }
    },
  });

  await deps.messaging.consume({
    queue: channelQueue(deps.messaging, 'handoffs'),
    routingKeys: ['conversation.handoff.requested'],
    db: deps.db,
    handler: async (event, { tx }) => {
      const announce = await requestHandoff(deps, tx!, event.payload);
      if (announce) setImmediate(announce);
    },
  });
}
