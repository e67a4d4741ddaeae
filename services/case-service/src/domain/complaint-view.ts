// How a complaint is shown to staff and to the bot: the reporter is masked when anonymous or
// confidential, and the SLA state is computed at read time.
import { isOpenStatus } from '@govconnect/contracts';
import type { ComplaintRow, HistoryRow } from '../repositories/complaint.repository.ts';

export function isOverdue(c: ComplaintRow, now: Date): boolean {
  if (!isOpenStatus(c.status)) return false;
  if (c.status === 'RECEIVED' && c.verificationDueAt < now) return true;
  return c.resolutionDueAt < now;
}

export function complaintView(c: ComplaintRow, now: Date) {
  const masked = c.anonymous || c.confidential;
  return {
    complaintId: c.id,
    villageId: c.villageId,
    reporter: {
      waId: masked ? null : c.reporterWaId,
      name: masked ? null : c.reporterName,
      anonymous: c.anonymous,
      confidential: c.confidential,
      masked,
    },
    category: c.category,
    description: c.description,
    address: c.address,
    location:
      c.latitude === null || c.longitude === null ? null : { latitude: c.latitude, longitude: c.longitude },
    mediaIds: c.mediaIds,
    priority: c.priority,
    status: c.status,
    source: c.source,
    conversationId: c.conversationId,
    possibleDuplicateOf: c.possibleDuplicateOf,
    mergedInto: c.mergedInto,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    sla: {
      verificationDueAt: c.verificationDueAt.toISOString(),
      resolutionDueAt: c.resolutionDueAt.toISOString(),
      overdue: isOverdue(c, now),
    },
  };
}

export function historyView(h: HistoryRow) {
  return {
    at: h.createdAt.toISOString(),
    actor: h.actor,
    from: h.fromStatus,
    to: h.toStatus,
    note: h.note,
    photoMediaId: h.photoMediaId,
  };
}
