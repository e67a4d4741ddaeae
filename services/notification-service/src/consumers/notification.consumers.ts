// Entry points for the events this service consumes: case events become notification rows (once per
// event, in the marker's transaction), and WhatsApp receipts move the notifications they belong to.
import { EXCHANGE } from '@govconnect/contracts';
import type { Messaging } from '@govconnect/messaging';
import type { NotificationDeps } from '../deps.ts';
import { planComplaintCreated, planStatusUpdated } from '../use-cases/plan-complaint-notifications.ts';
import { recordMessageStatus } from '../use-cases/record-message-status.ts';

/** Queue names; under a test's own exchange they are namespaced by it (dead-letter arguments name it). */
export function notificationQueue(
  messaging: Pick<Messaging, 'exchanges'>,
  name: 'complaint-events' | 'message-status',
): string {
  const exchange = messaging.exchanges.exchange;
  return exchange === EXCHANGE ? `notification.${name}` : `${exchange}.notification.${name}`;
}

/** After the handler's transaction commits, the dispatcher picks the new rows up (the poll would too). */
const soon = (kick: () => void) => setTimeout(kick, 20).unref();

export async function startConsumers(deps: NotificationDeps): Promise<void> {
  // One queue for both case events, handled one at a time, keeps a complaint's creation ahead of its
  // status changes and those in their order (the dispatcher also sends by event time).
  await deps.messaging.consume({
    queue: notificationQueue(deps.messaging, 'complaint-events'),
    routingKeys: ['complaint.created', 'complaint.status.updated'],
    db: deps.db,
    prefetch: 1,
    handler: async (event, { tx }) => {
      const planned =
        event.type === 'complaint.created'
          ? await planComplaintCreated(deps, tx!, event)
          : await planStatusUpdated(deps, tx!, event);
      if (planned > 0) soon(deps.kickDispatcher);
    },
  });

  await deps.messaging.consume({
    queue: notificationQueue(deps.messaging, 'message-status'),
    routingKeys: ['whatsapp.message.status'],
    db: deps.db,
    prefetch: 20,
    handler: async (event, { tx }) => {
      const { requeued } = await recordMessageStatus(deps, tx!, event);
      if (requeued) soon(deps.kickDispatcher);
    },
  });
}
