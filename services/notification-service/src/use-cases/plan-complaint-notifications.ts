// From case events to notification rows, in the consumer's transaction: the reporter hears about
// their complaint being filed and every later move; on-duty staff hear about urgent complaints. A
// confidential or anonymous reporter is never named, nor their number given, to staff.
import type { EventEnvelope } from '@govconnect/contracts';
import { categoryWords, STATUS_WORDS, statusTemplateType, WITHHELD } from '../domain/notification-types.ts';
import type { NotificationDeps } from '../deps.ts';
import { findComplaintContact, saveComplaintContact } from '../repositories/complaint-contact.repository.ts';
import { planNotifications, type PlannedNotification } from '../repositories/notification.repository.ts';
import { listOnDuty } from '../repositories/on-duty.repository.ts';
import { ensureVillage, templateFor } from '../repositories/template.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { renderNotification } from './render-notification.ts';

type Deps = Pick<NotificationDeps, 'logger'>;

export async function planComplaintCreated(
  deps: Deps,
  tx: Tx,
  event: EventEnvelope<'complaint.created'>,
): Promise<number> {
  const p = event.payload;
  const villageId = event.villageId;
  await ensureVillage(tx, villageId);
  const masked = Boolean(p.confidential || p.anonymous);
  await saveComplaintContact(tx, {
    complaintId: p.complaintId,
    villageId,
    reporterWaId: p.reporter.waId ?? null,
    reporterName: p.reporter.name ?? null,
    category: p.category,
    priority: p.priority ?? 'normal',
    confidential: p.confidential ?? false,
    anonymous: p.anonymous ?? false,
  });
  const base = {
    villageId,
    eventId: event.id,
    eventOccurredAt: new Date(event.occurredAt),
    correlationId: event.correlationId,
    complaintId: p.complaintId,
  };
  const category = categoryWords(p.category);
  const rows: PlannedNotification[] = [];

  if (p.reporter.waId) {
    const template = await templateFor(tx, villageId, 'complaint_received');
    const vars = {
      complaintId: p.complaintId,
      category,
      status: STATUS_WORDS.RECEIVED,
      reporterName: p.reporter.name ?? 'Warga',
    };
    rows.push({
      ...base,
      type: 'complaint_received',
      audience: 'citizen',
      recipient: p.reporter.waId,
      ...renderNotification(template, vars),
    });
  }
  if (p.priority === 'urgent') {
    const staff = await listOnDuty(tx, villageId, true);
    const template = await templateFor(tx, villageId, 'staff_urgent_complaint');
    // Reporter fields are replaced before rendering, so no template edit can bring them back.
    const vars = {
      complaintId: p.complaintId,
      category,
      priority: 'mendesak',
      reporterName: masked ? WITHHELD : (p.reporter.name ?? '-'),
      reporterWaId: masked ? WITHHELD : (p.reporter.waId ?? '-'),
    };
    const rendered = renderNotification(template, vars);
    for (const member of staff)
      rows.push({
        ...base,
        type: 'staff_urgent_complaint',
        audience: 'staff',
        recipient: member.waId,
        ...rendered,
      });
    if (staff.length === 0)
      deps.logger.warn('urgent complaint but no on-duty staff number', { complaintId: p.complaintId });
  }
  return planNotifications(tx, rows);
}

export class ComplaintNotSeenError extends Error {
  constructor(complaintId: string) {
    super(`complaint.created of ${complaintId} has not been handled yet: its reporter is unknown`);
    this.name = 'ComplaintNotSeenError';
  }
}

export async function planStatusUpdated(
  deps: Deps,
  tx: Tx,
  event: EventEnvelope<'complaint.status.updated'>,
): Promise<number> {
  const p = event.payload;
  await ensureVillage(tx, event.villageId);
  const type = statusTemplateType(p.to);
  if (!type) return 0;
  // Retried by the consumer (then dead-lettered): its creation event may still be on its way.
  const contact = await findComplaintContact(tx, event.villageId, p.complaintId);
  if (!contact) throw new ComplaintNotSeenError(p.complaintId);
  if (!contact.reporterWaId) {
    deps.logger.info('status change of a complaint without a WhatsApp reporter: nobody to tell', {
      complaintId: p.complaintId,
    });
    return 0;
  }
  const template = await templateFor(tx, event.villageId, type);
  const vars = {
    complaintId: p.complaintId,
    category: categoryWords(contact.category),
    status: STATUS_WORDS[p.to],
    previousStatus: STATUS_WORDS[p.from],
    note: p.note,
    reporterName: contact.reporterName ?? 'Warga',
  };
  return planNotifications(tx, [
    {
      villageId: event.villageId,
      eventId: event.id,
      eventOccurredAt: new Date(event.occurredAt),
      correlationId: event.correlationId,
      complaintId: p.complaintId,
      type,
      audience: 'citizen',
      recipient: contact.reporterWaId,
      ...renderNotification(template, vars),
    },
  ]);
}
