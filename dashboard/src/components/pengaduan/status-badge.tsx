// A complaint status as a coloured badge.
import { STATUS_LABELS, type ComplaintStatus } from '../../domain/complaint-lifecycle.ts';
import { Badge, type BadgeProps } from '../ui/badge.tsx';

const TONES: Record<ComplaintStatus, BadgeProps['tone']> = {
  RECEIVED: 'info',
  VERIFIED: 'info',
  IN_PROGRESS: 'progress',
  RESOLVED: 'success',
  REJECTED: 'neutral',
  CANCELLED: 'neutral',
};

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  return (
    <Badge tone={TONES[status]} data-status={status}>
      {STATUS_LABELS[status] ?? status}
    </Badge>
  );
}
