// Shapes the figures of Beranda from case-service's stats and channel-service's conversations.
import { jakartaIsoDay } from './format.ts';

export interface DailyPoint {
  date: string;
  created: number;
  resolvedSoFar: number;
}

/** One point per Jakarta day from `from` to `to` inclusive; days without complaints are zeros. */
export function fillDailySeries(daily: readonly DailyPoint[], from: Date, to: Date): DailyPoint[] {
  const byDay = new Map(daily.map((d) => [d.date, d]));
  const out: DailyPoint[] = [];
  const last = jakartaIsoDay(to);
  // Step by noon in Jakarta so a day is never skipped or repeated.
  for (
    let at = new Date(`${jakartaIsoDay(from)}T12:00:00+07:00`);
    ;
    at = new Date(at.getTime() + 86_400_000)
  ) {
    const day = jakartaIsoDay(at);
    out.push(byDay.get(day) ?? { date: day, created: 0, resolvedSoFar: 0 });
    if (day >= last || out.length > 400) break;
  }
  return out;
}

export interface ConversationSummary {
  status: string;
  lastMessageAt: string | null;
  unreadCount: number;
}

export function conversationFigures(conversations: readonly ConversationSummary[], since: Date) {
  return {
    today: conversations.filter((c) => c.lastMessageAt && new Date(c.lastMessageAt) >= since).length,
    handoffs: conversations.filter((c) => c.status === 'handoff_requested').length,
    takenOver: conversations.filter((c) => c.status === 'takeover').length,
    unread: conversations.reduce((n, c) => n + (c.unreadCount ?? 0), 0),
  };
}

/** Counts complaints resolved since `since`, from a list sorted by last change. */
export function resolvedSince(items: readonly { resolvedAt?: string | null }[], since: Date): number {
  return items.filter((c) => c.resolvedAt && new Date(c.resolvedAt) >= since).length;
}

/** Monday 00:00 of `at`'s week in Jakarta. */
export function startOfJakartaWeek(at: Date): Date {
  const day = new Date(`${jakartaIsoDay(at)}T00:00:00+07:00`);
  const weekday = new Date(day.getTime() + 7 * 3_600_000).getUTCDay(); // 0 = Sunday, in Jakarta
  const back = (weekday + 6) % 7;
  return new Date(day.getTime() - back * 86_400_000);
}
