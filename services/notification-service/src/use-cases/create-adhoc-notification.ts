// An ad-hoc notification through the API (staff announcing something to one citizen): the same row,
// dispatcher, retries and receipts as event-driven ones. An Idempotency-Key makes a repeat a no-op;
// the same key with another recipient or text is refused.
import { AppError, currentRequestId } from '@govconnect/service-kit';
import { TX_OPTIONS, type NotificationDeps } from '../deps.ts';
import { planNotifications } from '../repositories/notification.repository.ts';
import { ensureVillage } from '../repositories/template.repository.ts';
import { viewOf } from './notification-view.ts';

export interface AdhocInput {
  villageId: string;
  to: string;
  text: string;
  audience: 'citizen' | 'staff';
  complaintId?: string | undefined;
  template?: { name: string; language: string; parameters: string[] } | undefined;
}

export async function createAdhocNotification(deps: NotificationDeps, input: AdhocInput, key?: string) {
  const eventId = `adhoc:${input.villageId}:${key ?? crypto.randomUUID()}`;
  const { row, replayed } = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${eventId}, 0))`;
    const existing = await tx.notification.findFirst({ where: { eventId } });
    if (existing) {
      if (existing.recipient !== input.to || existing.renderedText !== input.text)
        throw AppError.unprocessable(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for another notification.',
        );
      return { row: existing, replayed: true };
    }
    await ensureVillage(tx, input.villageId);
    await planNotifications(tx, [
      {
        villageId: input.villageId,
        type: 'adhoc',
        audience: input.audience,
        recipient: input.to,
        eventId,
        eventOccurredAt: deps.now(),
        correlationId: currentRequestId() ?? eventId,
        complaintId: input.complaintId,
        renderedText: input.text,
        waTemplate: input.template,
      },
    ]);
    return { row: (await tx.notification.findFirst({ where: { eventId } }))!, replayed: false };
  }, TX_OPTIONS);
  if (!replayed) deps.kickDispatcher();
  return { notification: viewOf(row), replayed };
}
