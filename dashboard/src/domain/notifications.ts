// The notifications sent about a complaint (notification-service), shaped for the case page. Pure.

export interface NotificationRow {
  id: string;
  type: string;
  audience: 'citizen' | 'staff';
  recipient: string;
  renderedText: string | null;
  sentAs: 'text' | 'template' | null;
  status: 'pending' | 'sent' | 'delivered' | 'read' | 'failed';
  failureReason: string | null;
  deadLettered: boolean;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
}

export const NOTIFICATION_STATUS_LABELS: Record<NotificationRow['status'], string> = {
  pending: 'Menunggu dikirim',
  sent: 'Terkirim',
  delivered: 'Diterima',
  read: 'Dibaca',
  failed: 'Gagal',
};

/** The label of a notification's state: a dead-lettered one says so, a failed one gives its reason. */
export function notificationState(
  n: Pick<NotificationRow, 'status' | 'deadLettered' | 'failureReason'>,
): string {
  const label = NOTIFICATION_STATUS_LABELS[n.status] ?? n.status;
  if (n.status !== 'failed') return label;
  const reason = n.failureReason ? `: ${n.failureReason}` : '';
  return `${label}${n.deadLettered ? ' (tidak dicoba lagi)' : ''}${reason}`;
}

/** The time the notification reached its latest state, for "Dibaca 10.32 WIB". */
export function notificationStateAt(n: NotificationRow): string {
  return (
    { read: n.readAt, delivered: n.deliveredAt, sent: n.sentAt, failed: n.failedAt, pending: null }[
      n.status
    ] ?? n.createdAt
  );
}
