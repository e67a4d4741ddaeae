// What happens to a notification whose send attempt failed: another attempt after a backoff that
// respects the pair limit, or, when no attempt can help or none is left, failed and dead-lettered.
import type { NotificationConfig } from '../config.ts';
import { retryDelayMs, type RetryPolicy } from '../domain/retry-policy.ts';
import type { NotificationDeps } from '../deps.ts';
import { codeLabel } from '../metrics/notification-metrics.ts';
import { markFailed, reschedule } from '../repositories/dispatch.repository.ts';
import type { NotificationRow } from '../repositories/notification.repository.ts';

export function retryPolicy(c: NotificationConfig): RetryPolicy {
  return {
    maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
    baseMs: c.NOTIFY_RETRY_BASE_MS,
    maxMs: c.NOTIFY_RETRY_MAX_MS,
    pairIntervalMs: c.PAIR_INTERVAL_MS,
  };
}

export interface Failure {
  retryable: boolean;
  code: number | null;
  reason: string;
  /** Nothing answered: the next attempt reuses the Idempotency-Key, so the channel sends at most once. */
  sameKey?: boolean | undefined;
}

export async function settleFailure(
  deps: Pick<NotificationDeps, 'db' | 'metrics' | 'logger' | 'config' | 'now'>,
  n: NotificationRow,
  f: Failure,
): Promise<void> {
  const policy = retryPolicy(deps.config);
  const at = deps.now();
  const labels = { type: n.type, error_code: codeLabel(f.code) };
  const log = {
    notificationId: n.id,
    complaintId: n.complaintId,
    attempt: n.attempts,
    errorCode: f.code,
    reason: f.reason,
  };
  if (f.retryable && n.attempts < policy.maxAttempts) {
    const delayMs = retryDelayMs(n.attempts, policy);
    deps.metrics.retried.inc(labels);
    deps.logger.warn('notification not sent; retrying later', { ...log, delayMs });
    await reschedule(deps.db, n.id, {
      at,
      delayMs,
      errorCode: f.code,
      reason: f.reason,
      keepSendKey: f.sameKey ? n.sendKey : null,
    });
    return;
  }
  deps.metrics.failed.inc(labels);
  deps.metrics.deadLettered.inc(labels);
  deps.logger.warn('notification failed and dead-lettered', log);
  const reason = f.retryable ? `gave up after ${n.attempts} attempts: ${f.reason}` : f.reason;
  await markFailed(deps.db, n.id, { at, errorCode: f.code, reason });
}
