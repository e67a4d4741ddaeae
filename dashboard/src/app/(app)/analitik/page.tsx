// Analitik: how the bot and the office are doing over a period. Conversation figures come from
// ai-service (one call per bucket for the intents chart), complaint figures (by category, area and
// status) from case-service stats, the staff response time from channel-service.
import Link from 'next/link';
import { AreaBreakdown } from '../../../components/analitik/area-breakdown.tsx';
import { CountChart, IntentsChart } from '../../../components/analitik/charts.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.tsx';
import { cn } from '../../../components/ui/cn.ts';
import {
  countRows,
  formatDuration,
  formatPercent,
  handoffRate,
  intentRows,
  joinList,
  parsePeriod,
  PERIOD_DAYS,
  periodBuckets,
  staffResponseHint,
} from '../../../domain/analytics.ts';
import { categoryLabel, STATUS_LABELS, type ComplaintStatus } from '../../../domain/complaint-lifecycle.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { aiClient } from '../../../server/services/ai-client.ts';
import { caseClient } from '../../../server/services/case-client.ts';
import { channelClient } from '../../../server/services/channel-client.ts';

export const metadata = { title: 'Analitik' };

function Figure(props: { label: string; value: string; hint?: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{props.label}</CardTitle>
      </CardHeader>
      <CardContent>
        <div className="text-2xl font-semibold" data-testid={`figure-${props.label}`}>
          {props.value}
        </div>
        {props.hint && <div className="mt-1 text-xs text-muted-foreground">{props.hint}</div>}
      </CardContent>
    </Card>
  );
}

export default async function AnalitikPage({ searchParams }: { searchParams: Promise<{ hari?: string }> }) {
  const { villageId } = await pageAccess('analytics:read');
  const days = parsePeriod((await searchParams).hari);
  const { from, to, buckets } = periodBuckets(days, new Date());
  // One service down leaves its figures blank, not the page.
  const none = () => null;
  const [total, perBucket, stats, staff] = await Promise.all([
    aiClient.analytics(villageId, from, to).catch(none),
    Promise.all(buckets.map((b) => aiClient.analytics(villageId, b.from, b.to).catch(none))),
    caseClient.stats(villageId, from, to).catch(none),
    channelClient.staffResponse(villageId, from, to).catch(none),
  ]);
  const down = [
    !total && 'percakapan (ai-service)',
    !stats && 'pengaduan (case-service)',
    !staff && 'waktu tanggap petugas (channel-service)',
  ].filter((d) => d !== false);
  const sla = stats?.sla;
  const slaHint = (k: 'verification' | 'resolution') =>
    sla ? `${sla[k].met} dari ${sla[k].of} tepat waktu` : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Analitik</h1>
          <p className="text-sm text-muted-foreground">{days} hari terakhir (WIB)</p>
        </div>
        <nav className="flex gap-1" aria-label="Periode">
          {PERIOD_DAYS.map((d) => (
            <Link
              key={d}
              href={`/analitik?hari=${d}`}
              aria-current={d === days ? 'page' : undefined}
              className={cn(
                'rounded-md border px-3 py-1.5 text-sm',
                d === days ? 'bg-primary text-primary-foreground' : 'bg-card hover:bg-accent',
              )}
            >
              {d} hari
            </Link>
          ))}
        </nav>
      </div>
      {down.length > 0 && (
        <p
          role="alert"
          className="rounded-md border border-destructive bg-red-50 p-3 text-sm text-destructive"
        >
          Data {joinList(down)} tidak dapat dimuat saat ini.
        </p>
      )}
      <section className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure
          label="Percakapan"
          value={total ? String(total.conversations) : '—'}
          hint={total ? `${total.turns} giliran bot` : undefined}
        />
        <Figure
          label="Diselesaikan bot"
          value={formatPercent(total?.botResolvedShare)}
          hint={total ? `${total.botResolved} giliran terjawab` : undefined}
        />
        <Figure
          label="Diteruskan ke petugas"
          value={formatPercent(total ? handoffRate(total) : null)}
          hint={total ? `${total.handoffs} permintaan petugas` : undefined}
        />
        <Figure
          label="Pertanyaan terjawab"
          value={formatPercent(total?.retrieval.hitRate)}
          hint={
            total ? `${total.retrieval.answered} dari ${total.retrieval.questions} pertanyaan` : undefined
          }
        />
        <Figure
          label="Pengaduan masuk"
          value={stats ? String(stats.total) : '—'}
          hint={stats ? `${stats.overdueNow} terlambat saat ini` : undefined}
        />
        <Figure
          label="SLA verifikasi"
          value={formatPercent(sla?.verification.ratio)}
          hint={slaHint('verification')}
        />
        <Figure
          label="SLA penyelesaian"
          value={formatPercent(sla?.resolution.ratio)}
          hint={slaHint('resolution')}
        />
        <Figure
          label="Median waktu"
          value={formatDuration(stats?.medianSecondsToResolve)}
          hint={`sampai selesai; verifikasi ${formatDuration(stats?.medianSecondsToVerify)}`}
        />
        <Figure
          label="Waktu tanggap petugas"
          value={formatDuration(staff?.medianResponseSeconds)}
          hint={staffResponseHint(staff)}
        />
      </section>
      <Card>
        <CardHeader>
          <CardTitle>Maksud pesan warga per periode</CardTitle>
        </CardHeader>
        <CardContent>
          <IntentsChart rows={intentRows(buckets, perBucket)} />
        </CardContent>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Pengaduan per kategori</CardTitle>
          </CardHeader>
          <CardContent>
            <CountChart
              testId="category-chart"
              name="Pengaduan"
              rows={countRows(stats?.byCategory ?? {}, categoryLabel)}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Pengaduan per wilayah</CardTitle>
          </CardHeader>
          <CardContent>
            <AreaBreakdown areas={stats?.byArea ?? []} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Pengaduan per status</CardTitle>
          </CardHeader>
          <CardContent>
            <CountChart
              testId="status-chart"
              name="Pengaduan"
              rows={countRows(stats?.byStatus ?? {}, (s) => STATUS_LABELS[s as ComplaintStatus] ?? s)}
            />
          </CardContent>
        </Card>
      </div>
      <p className="text-xs text-muted-foreground">
        Bot menyelesaikan: giliran yang dijawab bot (bukan tidak dipahami, tidak ditemukan, atau diteruskan).
        Latensi bot p50 {total?.latencyMs.p50 ?? '—'} ms, p95 {total?.latencyMs.p95 ?? '—'} ms.
      </p>
    </div>
  );
}
