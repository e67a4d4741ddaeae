// The notifications sent about a complaint (to the citizen and to on-duty staff), newest first, with
// how far each got: pending, sent, delivered, read or failed.
import { Badge } from '../ui/badge.tsx';
import { formatDateTime } from '../../domain/format.ts';
import { notificationState, notificationStateAt, type NotificationRow } from '../../domain/notifications.ts';
import { TEMPLATE_LABELS } from '../../domain/settings.ts';

export function NotificationList({ items }: { items: NotificationRow[] | null }) {
  if (items === null)
    return (
      <p className="text-sm text-muted-foreground" data-testid="complaint-notifications">
        Notifikasi tidak dapat dimuat (layanan notifikasi tidak menjawab).
      </p>
    );
  if (items.length === 0)
    return (
      <p className="text-sm text-muted-foreground" data-testid="complaint-notifications">
        Belum ada notifikasi untuk pengaduan ini.
      </p>
    );
  return (
    <ul className="divide-y rounded-md border" data-testid="complaint-notifications">
      {items.map((n) => (
        <li key={n.id} className="space-y-1 p-2 text-sm" data-notification-id={n.id} data-status={n.status}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{TEMPLATE_LABELS[n.type] ?? n.type}</span>
            <Badge>{n.audience === 'staff' ? 'Petugas jaga' : 'Warga'}</Badge>
            <span className="font-mono text-xs">+{n.recipient}</span>
            <span
              className={n.status === 'failed' ? 'ml-auto text-destructive' : 'ml-auto text-muted-foreground'}
            >
              {notificationState(n)} · {formatDateTime(notificationStateAt(n))} WIB
            </span>
          </div>
          {n.renderedText && <p className="whitespace-pre-wrap text-muted-foreground">{n.renderedText}</p>}
          {n.sentAs === 'template' && (
            <p className="text-xs text-muted-foreground">
              Dikirim sebagai templat WhatsApp (di luar jendela 24 jam).
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
