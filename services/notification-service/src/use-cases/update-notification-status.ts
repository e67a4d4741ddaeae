// Staff move a notification by hand: a failed one back to pending (a retry with a fresh budget of
// attempts; it leaves the dead letters), or a pending one that is not in flight to failed (given up).
// Delivery states come only from WhatsApp's receipts.
import { AppError } from '@govconnect/service-kit';
import { TX_OPTIONS, type NotificationDeps } from '../deps.ts';
import { cancelPending, lockNotification, requeue } from '../repositories/notification.repository.ts';
import { viewOf } from './notification-view.ts';
import { notificationNotFound } from './read-notifications.ts';

export interface StatusChange {
  villageId: string;
  status: 'pending' | 'failed';
  actor: string;
  reason?: string | undefined;
}

export async function updateNotificationStatus(deps: NotificationDeps, id: string, change: StatusChange) {
  const row = await deps.db.$transaction(async (tx) => {
    const n = await lockNotification(tx, change.villageId, id);
    if (!n) throw notificationNotFound(id);
    const now = deps.now();
    if (change.status === 'pending') {
      if (n.status !== 'failed')
        throw illegal(n.status, change.status, 'only a failed notification can be retried');
      return requeue(tx, id, now);
    }
    if (n.status !== 'pending')
      throw illegal(n.status, change.status, 'only a pending notification can be given up');
    if (n.lockedUntil && n.lockedUntil > now)
      throw AppError.conflict(
        'NOTIFICATION_IN_FLIGHT',
        'The notification is being sent right now; try again shortly.',
      );
    return cancelPending(tx, id, change.reason ?? `given up by ${change.actor}`, now);
  }, TX_OPTIONS);
  deps.logger.info('notification status changed by staff', {
    notificationId: id,
    status: change.status,
    actor: change.actor,
  });
  if (change.status === 'pending') deps.kickDispatcher();
  return viewOf(row);
}

function illegal(from: string, to: string, why: string) {
  return AppError.conflict('ILLEGAL_TRANSITION', `Cannot go from ${from} to ${to}: ${why}.`, { from, to });
}
