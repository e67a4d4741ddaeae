// The complaint lifecycle as case-service enforces it (packages/contracts, domain.ts), with its labels:
// the dashboard offers only legal next statuses; case-service still answers 409 to anything else.
import {
  allowedTransitions,
  COMPLAINT_STATUSES,
  DEFAULT_CATEGORY_LABELS,
  defaultCategoryLabel,
  needsNote,
  type ComplaintStatus,
} from '@govconnect/contracts';

export { COMPLAINT_STATUSES, needsNote, type ComplaintStatus };

/** The statuses staff may move a complaint to from `from`. */
export const nextStatuses = allowedTransitions;

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  RECEIVED: 'Diterima',
  VERIFIED: 'Terverifikasi',
  IN_PROGRESS: 'Diproses',
  RESOLVED: 'Selesai',
  REJECTED: 'Ditolak',
  CANCELLED: 'Dibatalkan',
};

export const CATEGORY_LABELS = DEFAULT_CATEGORY_LABELS;
export const categoryLabel = defaultCategoryLabel;
