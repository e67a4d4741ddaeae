// A notification as the API shows it (internal columns such as the lease and send key left out).
import type { NotificationRow } from '../repositories/notification.repository.ts';

export function viewOf(n: NotificationRow) {
  return {
    id: n.id,
    villageId: n.villageId,
    type: n.type,
    audience: n.audience,
    recipient: n.recipient,
    eventId: n.eventId,
    complaintId: n.complaintId,
    templateId: n.templateId,
    renderedText: n.renderedText,
    waTemplate: n.waTemplate,
    sentAs: n.sentAs,
    status: n.status,
    errorCode: n.errorCode,
    failureReason: n.failureReason,
    attempts: n.attempts,
    nextAttemptAt: n.status === 'pending' ? n.nextAttemptAt : null,
    wamid: n.wamid,
    deadLettered: n.deadLetteredAt !== null,
    eventOccurredAt: n.eventOccurredAt,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    sentAt: n.sentAt,
    deliveredAt: n.deliveredAt,
    readAt: n.readAt,
    failedAt: n.failedAt,
    deadLetteredAt: n.deadLetteredAt,
  };
}
