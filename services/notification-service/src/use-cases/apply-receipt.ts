// A delivery receipt moves a notification forward (sent -> delivered -> read, never back). A failed
// receipt is retried when a later attempt can help: free text refused outside the 24-hour window
// (131047) goes again as the approved template; Meta's transient codes after a backoff. Otherwise the
// notification ends failed with Meta's code and is parked as a dead letter.
import { isRetryableMetaCode, OUTSIDE_WINDOW_CODE, retryDelayMs } from '../domain/retry-policy.ts';
import type { NotificationDeps } from '../deps.ts';
import { markFailed, reschedule } from '../repositories/dispatch.repository.ts';
import type { NotificationRow } from '../repositories/notification.repository.ts';
import type { Receipt } from '../repositories/receipt.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { codeLabel } from '../metrics/notification-metrics.ts';
import { retryPolicy } from './settle-failure.ts';

type Deps = Pick<NotificationDeps, 'metrics' | 'logger' | 'config'>;

const RANK: Record<string, number> = { pending: 0, sent: 1, delivered: 2, read: 3 };

/** Applies one receipt; returns the row as it is now and whether the dispatcher has work again. */
export async function applyReceipt(
  deps: Deps,
  tx: Tx,
  n: NotificationRow,
  r: Receipt,
): Promise<{ row: NotificationRow; requeued: boolean }> {
  if (n.status === 'failed') return { row: n, requeued: false };
  if (r.status !== 'failed') {
    if (RANK[r.status]! <= RANK[n.status]!) return { row: n, requeued: false };
    const reached = r.status === 'delivered' || r.status === 'read';
    const newlyDelivered = reached && n.deliveredAt === null;
    const row = await tx.notification.update({
      where: { id: n.id },
      data: {
        status: r.status,
        sentAt: n.sentAt ?? r.at,
        ...(newlyDelivered ? { deliveredAt: r.at } : {}),
        ...(r.status === 'read' ? { readAt: r.at } : {}),
        updatedAt: new Date(),
      },
    });
    if (newlyDelivered) {
      deps.metrics.delivered.inc({ type: n.type });
      const seconds = (r.at.getTime() - n.eventOccurredAt.getTime()) / 1000;
      deps.metrics.eventToDelivered.observe({ type: n.type }, Math.max(0, seconds));
    }
    if (r.status === 'read') deps.metrics.read.inc({ type: n.type });
    return { row, requeued: false };
  }
  if (n.status === 'delivered' || n.status === 'read') return { row: n, requeued: false };

  const code = r.errorCode ?? null;
  const reason = `WhatsApp reported failed${code ? ` (${code})` : ''}${r.errorTitle ? `: ${r.errorTitle}` : ''}`;
  const policy = retryPolicy(deps.config);
  const at = new Date();
  if (code === OUTSIDE_WINDOW_CODE && n.sentAs === 'text' && n.waTemplate !== null) {
    deps.metrics.retried.inc({ type: n.type, error_code: codeLabel(code) });
    const row = await reschedule(tx, n.id, {
      at,
      delayMs: policy.pairIntervalMs,
      errorCode: code,
      reason,
      forceTemplate: true,
    });
    return { row, requeued: true };
  }
  if (isRetryableMetaCode(code ?? undefined) && n.attempts < policy.maxAttempts) {
    deps.metrics.retried.inc({ type: n.type, error_code: codeLabel(code) });
    const row = await reschedule(tx, n.id, {
      at,
      delayMs: retryDelayMs(n.attempts, policy),
      errorCode: code,
      reason,
    });
    return { row, requeued: true };
  }
  deps.metrics.failed.inc({ type: n.type, error_code: codeLabel(code) });
  deps.metrics.deadLettered.inc({ type: n.type, error_code: codeLabel(code) });
  deps.logger.warn('notification failed and dead-lettered', {
    notificationId: n.id,
    errorCode: code,
    reason,
  });
  return { row: await markFailed(tx, n.id, { at, errorCode: code, reason }), requeued: false };
}
