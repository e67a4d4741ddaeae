// The kinds of notification this service sends, who receives each, and the variables its template
// may use. Citizens hear about their own complaint; staff hear about urgent ones.
import { defaultCategoryLabel, type ComplaintStatus } from '@govconnect/contracts';

const CITIZEN_VARIABLES = [
  'complaintId',
  'category',
  'status',
  'previousStatus',
  'note',
  'reporterName',
] as const;
const STAFF_VARIABLES = ['complaintId', 'category', 'priority', 'reporterName', 'reporterWaId'] as const;

export const TEMPLATE_TYPES = [
  'complaint_received',
  'status_verified',
  'status_in_progress',
  'status_resolved',
  'status_rejected',
  'status_cancelled',
  'staff_urgent_complaint',
] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

/** Every notification type: the templated ones, and `adhoc` (text given through the API). */
export const NOTIFICATION_TYPES = [...TEMPLATE_TYPES, 'adhoc'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export type Audience = 'citizen' | 'staff';

export function audienceOf(type: TemplateType): Audience {
  return type === 'staff_urgent_complaint' ? 'staff' : 'citizen';
}

export function variablesOf(type: TemplateType): readonly string[] {
  return audienceOf(type) === 'staff' ? STAFF_VARIABLES : CITIZEN_VARIABLES;
}

/** The citizen's notification for a complaint reaching `status` (none for RECEIVED: it is the creation). */
export function statusTemplateType(status: ComplaintStatus): TemplateType | undefined {
  return status === 'RECEIVED' ? undefined : (`status_${status.toLowerCase()}` as TemplateType);
}

/** Statuses in plain Indonesian, for citizens. */
export const STATUS_WORDS: Record<ComplaintStatus, string> = {
  RECEIVED: 'diterima',
  VERIFIED: 'sudah diverifikasi',
  IN_PROGRESS: 'sedang ditangani',
  RESOLVED: 'selesai ditangani',
  REJECTED: 'ditolak',
  CANCELLED: 'dibatalkan',
};

/** A category's label; a village's own slug reads as words. */
export const categoryWords = defaultCategoryLabel;

/** What staff messages show instead of a confidential or anonymous reporter. */
export const WITHHELD = '(dirahasiakan)';
