// Beranda: today's figures of the village (cases from case-service, conversations from
// channel-service, the bot-resolved share from ai-service) and the last 30 days of complaints as a chart.
import { DailyChart } from '../../components/beranda/daily-chart.tsx';
import { StatCard } from '../../components/beranda/stat-card.tsx';
import {
  conversationFigures,
  fillDailySeries,
  resolvedSince,
  startOfJakartaWeek,
} from '../../domain/dashboard-stats.ts';
import { startOfJakartaDay } from '../../domain/format.ts';
import { pageAccess } from '../../server/http/current-user.ts';
import { aiClient } from '../../server/services/ai-client.ts';
import { caseClient } from '../../server/services/case-client.ts';
import { channelClient } from '../../server/services/channel-client.ts';

export const metadata = { title: 'Beranda' };

export default async function Beranda() {
  const { villageId } = await pageAccess('cases:read');
  const now = new Date();
  const today = startOfJakartaDay(now);
  const monthAgo = new Date(today.getTime() - 29 * 86_400_000);
  // Each figure comes from one service; one service down leaves its figures blank, not the page.
  const none = () => null;
  const [todayStats, allStats, monthStats, resolved, conversations, botToday] = await Promise.all([
    caseClient.stats(villageId, today, now).catch(none),
    caseClient.stats(villageId, new Date('2000-01-01T00:00:00Z'), now).catch(none),
    caseClient.stats(villageId, monthAgo, now).catch(none),
    caseClient
      .list(villageId, { status: 'RESOLVED', sort: 'updatedAt', order: 'desc', limit: 100 })
      .catch(none),
    channelClient.conversations(villageId, { limit: 200 }).catch(none),
    aiClient.analytics(villageId, today, now).catch(none),
  ]);
  const chat = conversations ? conversationFigures(conversations.items, today) : null;
  const series = fillDailySeries(monthStats?.daily ?? [], monthAgo, now);
  const down = [!allStats && 'pengaduan', !conversations && 'pesan'].filter(Boolean);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Beranda</h1>
        <p className="text-sm text-muted-foreground">Ringkasan hari ini untuk {villageId}</p>
      </div>
      {down.length > 0 && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Layanan {down.join(' dan ')} sedang tidak menjawab; sebagian angka belum tersedia.
        </p>
      )}
      {chat && chat.handoffs > 0 && (
        <a
          href="/pesan"
          className="block rounded-lg border-2 border-destructive bg-red-50 p-4 font-medium text-red-800"
          data-testid="handoff-alert"
        >
          {chat.handoffs} warga meminta dilayani petugas. Buka Pesan Masuk →
        </a>
      )}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="stats">
        <StatCard label="Pengaduan baru hari ini" value={todayStats?.total ?? null} />
        <StatCard
          label="Terlambat (lewat SLA)"
          value={allStats?.overdueNow ?? null}
          tone={allStats?.overdueNow ? 'danger' : 'neutral'}
        />
        <StatCard label="Sedang diproses" value={allStats ? (allStats.byStatus.IN_PROGRESS ?? 0) : null} />
        <StatCard
          label="Selesai minggu ini"
          value={resolved ? resolvedSince(resolved.items, startOfJakartaWeek(now)) : null}
          suffix={resolved?.nextCursor ? '+' : ''}
        />
        <StatCard label="Percakapan hari ini" value={chat?.today ?? null} />
        <StatCard
          label="Permintaan petugas terbuka"
          value={chat?.handoffs ?? null}
          tone={chat?.handoffs ? 'danger' : 'neutral'}
        />
        <StatCard label="Sedang diambil alih" value={chat?.takenOver ?? null} />
        <StatCard
          label="Diselesaikan bot"
          value={botToday?.botResolvedShare == null ? null : Math.round(botToday.botResolvedShare * 100)}
          suffix="%"
          hint={botToday ? `${botToday.botResolved} dari ${botToday.turns} giliran hari ini` : undefined}
        />
      </div>
      <section className="rounded-lg border bg-card p-4">
        <h2 className="mb-2 text-sm font-medium text-muted-foreground">Pengaduan 30 hari terakhir</h2>
        <DailyChart data={series} />
      </section>
    </div>
  );
}
