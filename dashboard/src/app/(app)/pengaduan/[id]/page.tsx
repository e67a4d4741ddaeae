// A complaint: details, photos, location, the history timeline, the status change (legal next
// statuses only), the notifications sent about it, and a link to the citizen's conversation.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotificationList } from '../../../../components/pengaduan/notification-list.tsx';
import { StatusBadge } from '../../../../components/pengaduan/status-badge.tsx';
import { StatusChangeForm } from '../../../../components/pengaduan/status-change-form.tsx';
import { Timeline } from '../../../../components/pengaduan/timeline.tsx';
import { Badge } from '../../../../components/ui/badge.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../../components/ui/card.tsx';
import { categoryLabel, nextStatuses } from '../../../../domain/complaint-lifecycle.ts';
import { formatDateTime } from '../../../../domain/format.ts';
import { pageAccess } from '../../../../server/http/current-user.ts';
import { caseClient } from '../../../../server/services/case-client.ts';
import { UpstreamProblem } from '../../../../server/services/internal-fetch.ts';
import { notificationClient } from '../../../../server/services/notification-client.ts';

export const metadata = { title: 'Detail pengaduan' };

export default async function ComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { villageId } = await pageAccess('cases:read');
  const { id } = await params;
  const c = await caseClient.get(villageId, id).catch((err: unknown) => {
    if (err instanceof UpstreamProblem && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  });
  // The page stays useful when notification-service is down: the list says it could not be loaded.
  const notifications = await notificationClient
    .forComplaint(villageId, c.complaintId)
    .then((r) => r.items)
    .catch((err: unknown) => {
      console.error(JSON.stringify({ level: 'warn', msg: 'notifications unavailable', error: String(err) }));
      return null;
    });
  const reporter = c.reporter.masked
    ? 'Dirahasiakan'
    : [c.reporter.name, c.reporter.waId].filter(Boolean).join(' · ');
  return (
    <div className="space-y-4">
      <Link href="/pengaduan" className="text-sm text-muted-foreground underline">
        ← Daftar pengaduan
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{c.complaintId}</h1>
        <span data-testid="complaint-status">
          <StatusBadge status={c.status} />
        </span>
        {c.sla.overdue && <Badge tone="danger">Terlambat</Badge>}
        {c.priority === 'urgent' && <Badge tone="strong">Mendesak</Badge>}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Rincian</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3 text-sm">
            <p className="whitespace-pre-wrap text-base">{c.description}</p>
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1.5">
              <dt className="text-muted-foreground">Kategori</dt>
              <dd>{categoryLabel(c.category)}</dd>
              <dt className="text-muted-foreground">Alamat</dt>
              <dd>{c.address ?? '—'}</dd>
              <dt className="text-muted-foreground">Lokasi</dt>
              <dd>
                {c.location ? (
                  <a
                    className="text-primary underline"
                    target="_blank"
                    rel="noreferrer"
                    href={`https://www.openstreetmap.org/?mlat=${c.location.latitude}&mlon=${c.location.longitude}#map=18/${c.location.latitude}/${c.location.longitude}`}
                  >
                    {c.location.latitude.toFixed(5)}, {c.location.longitude.toFixed(5)}
                  </a>
                ) : (
                  '—'
                )}
              </dd>
              <dt className="text-muted-foreground">Pelapor</dt>
              <dd>{reporter || '—'}</dd>
              <dt className="text-muted-foreground">Dibuat</dt>
              <dd>{formatDateTime(c.createdAt)} WIB</dd>
              <dt className="text-muted-foreground">Tenggat verifikasi</dt>
              <dd>{formatDateTime(c.sla.verificationDueAt)} WIB</dd>
              <dt className="text-muted-foreground">Tenggat penyelesaian</dt>
              <dd>{formatDateTime(c.sla.resolutionDueAt)} WIB</dd>
              {c.possibleDuplicateOf && (
                <>
                  <dt className="text-muted-foreground">Mungkin duplikat</dt>
                  <dd>
                    <Link className="text-primary underline" href={`/pengaduan/${c.possibleDuplicateOf}`}>
                      {c.possibleDuplicateOf}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
            {c.conversationId && (
              <Link
                href={`/pesan?c=${c.conversationId}`}
                className="inline-block text-primary underline"
                data-testid="conversation-link"
              >
                Buka percakapan WhatsApp →
              </Link>
            )}
            {c.mediaIds.length > 0 && c.conversationId && (
              <div className="flex flex-wrap gap-2 pt-2">
                {c.mediaIds.map((m) => (
                  <img
                    key={m}
                    src={`/api/pesan/${c.conversationId}/media/${m}`}
                    alt="Foto laporan"
                    className="h-32 w-32 rounded-md border object-cover"
                  />
                ))}
              </div>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Ubah status</CardTitle>
          </CardHeader>
          <CardContent>
            <StatusChangeForm
              complaintId={c.complaintId}
              current={c.status}
              options={[...nextStatuses(c.status)]}
            />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Riwayat</CardTitle>
        </CardHeader>
        <CardContent>
          <Timeline complaintId={c.complaintId} entries={c.history} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Notifikasi</CardTitle>
        </CardHeader>
        <CardContent>
          <NotificationList items={notifications} />
        </CardContent>
      </Card>
    </div>
  );
}
