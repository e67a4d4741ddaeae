// The complaint lifecycle: RECEIVED -> VERIFIED -> IN_PROGRESS -> RESOLVED, with REJECTED and
// CANCELLED as exits. Terminal statuses (contracts' TERMINAL_STATUSES) need a note.
import { TERMINAL_STATUSES, type ComplaintStatus } from '@govconnect/contracts';

const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  RECEIVED: ['VERIFIED', 'REJECTED', 'CANCELLED'],
  VERIFIED: ['IN_PROGRESS', 'REJECTED', 'CANCELLED'],
  IN_PROGRESS: ['RESOLVED', 'CANCELLED'],
  RESOLVED: [],
  REJECTED: [],
  CANCELLED: [],
};

export function allowedTransitions(from: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT[from];
}

export function isLegalTransition(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return NEXT[from].includes(to);
}

export function needsNote(to: ComplaintStatus): boolean {
  return TERMINAL_STATUSES.includes(to);
}

export function isOpen(status: ComplaintStatus): boolean {
  return !TERMINAL_STATUSES.includes(status);
}
