// Analitik's figures: the periods asked of ai-service (one call per bucket, since its analytics are
// totals over a period), intents per bucket as chart rows, rates and durations as staff read them.
import { formatDay, jakartaIsoDay, startOfJakartaDay } from './format.ts';

const DAY_MS = 86_400_000;

export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

export function parsePeriod(value: string | undefined): PeriodDays {
  const n = Number(value);
  return (PERIOD_DAYS as readonly number[]).includes(n) ? (n as PeriodDays) : 30;
}

export interface Bucket {
  from: Date;
  to: Date;
  label: string;
}

/**
 * The period of `days` Jakarta days ending today (today included), cut into day buckets (up to 14
 * days) or 7-day buckets; the first bucket may be shorter. The last one ends at `now`.
 */
export function periodBuckets(days: PeriodDays, now: Date): { from: Date; to: Date; buckets: Bucket[] } {
  const today = startOfJakartaDay(now);
  const from = new Date(today.getTime() - (days - 1) * DAY_MS);
  const step = days <= 14 ? 1 : 7;
  const buckets: Bucket[] = [];
  for (let end = today.getTime() + DAY_MS; end > from.getTime(); end -= step * DAY_MS) {
    const start = Math.max(from.getTime(), end - step * DAY_MS);
    const to = new Date(Math.min(end, now.getTime()));
    const startDay = jakartaIsoDay(new Date(start));
    const label =
      step === 1
        ? formatDay(startDay)
        : `${formatDay(startDay)}–${formatDay(jakartaIsoDay(new Date(end - DAY_MS)))}`;
    buckets.unshift({ from: new Date(start), to, label });
  }
  return { from, to: now, buckets };
}

export interface AiAnalytics {
  messagesHandled: number;
  turns: number;
  conversations: number;
  intents: Record<string, number>;
  botResolved: number;
  botResolvedShare: number | null;
  handoffs: number;
  fallbacks: number;
  averageConfidence: number | null;
  retrieval: { questions: number; answered: number; hitRate: number | null };
  latencyMs: { p50: number | null; p95: number | null };
}

export const INTENTS = [
  'KNOWLEDGE_QUERY',
  'CREATE_COMPLAINT',
  'CHECK_STATUS',
  'CANCEL_COMPLAINT',
  'HUMAN_AGENT',
  'GREETING',
  'THANKS',
  'UNKNOWN',
] as const;

export const INTENT_LABELS: Record<string, string> = {
  KNOWLEDGE_QUERY: 'Pertanyaan layanan',
  CREATE_COMPLAINT: 'Buat pengaduan',
  CHECK_STATUS: 'Cek status',
  CANCEL_COMPLAINT: 'Batalkan pengaduan',
  HUMAN_AGENT: 'Minta petugas',
  GREETING: 'Salam',
  THANKS: 'Terima kasih',
  UNKNOWN: 'Tidak dipahami',
};

/** One chart row per bucket: its label and the turns of each intent (0 when absent). */
export function intentRows(buckets: Bucket[], figures: (Pick<AiAnalytics, 'intents'> | null)[]) {
  return buckets.map((b, i) => {
    const intents = figures[i]?.intents ?? {};
    const row: Record<string, string | number> = { label: b.label };
    for (const intent of INTENTS) row[intent] = intents[intent] ?? 0;
    return row;
  });
}

/** Handoffs per bot turn, or null without turns. */
export function handoffRate(a: Pick<AiAnalytics, 'handoffs' | 'turns'>): number | null {
  return a.turns > 0 ? a.handoffs / a.turns : null;
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return `${(ratio * 100).toFixed(ratio >= 0.995 || ratio === 0 ? 0 : 1).replace('.', ',')}%`;
}

/** "45 dtk", "12 mnt", "3 jam 20 mnt", "2 hari 4 jam". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} dtk`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} mnt`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} jam ${m % 60} mnt` : `${h} jam`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} hari ${h % 24} jam` : `${d} hari`;
}

/** channel-service's staff response time over a period: from a citizen's first unanswered message to an officer's reply. */
export interface StaffResponse {
  staffReplies: number;
  answeredInbound: number;
  medianResponseSeconds: number | null;
  p90ResponseSeconds: number | null;
}

/** The small text under the staff response card (whose figure is the median): what it is over, and the p90. */
export function staffResponseHint(s: StaffResponse | null): string | undefined {
  if (!s) return undefined;
  if (s.staffReplies === 0) return 'belum ada balasan petugas';
  return `median dari ${s.staffReplies} balasan untuk ${s.answeredInbound} pesan warga; p90 ${formatDuration(s.p90ResponseSeconds)}`;
}

/** "a", "a dan b", "a, b dan c": the services whose figures could not be loaded. */
export function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/** A count map as chart rows with labels, largest first, zeros dropped. */
export function countRows(counts: Record<string, number>, label: (key: string) => string) {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => ({ key, label: label(key), count: n }));
}

/** One area of case-service's stats `byArea`: a dusun, RW, estate, street or gang read from addresses. */
export interface AreaCount {
  area: string;
  label: string;
  count: number;
}

/**
 * The areas as chart rows, in case-service's order (most first). Past `limit` rows the smallest are
 * folded into one "n wilayah lain" row, so a village with many streets still gets a readable chart.
 */
export function areaRows(areas: readonly AreaCount[], limit = 10) {
  const rows = areas.filter((a) => a.count > 0).map((a) => ({ key: a.area, label: a.label, count: a.count }));
  if (rows.length <= limit) return rows;
  const rest = rows.slice(limit - 1);
  return [
    ...rows.slice(0, limit - 1),
    {
      key: 'wilayah-lain',
      label: `${rest.length} wilayah lain`,
      count: rest.reduce((n, r) => n + r.count, 0),
    },
  ];
}
