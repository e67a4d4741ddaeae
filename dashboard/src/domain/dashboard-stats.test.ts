import { describe, expect, it } from 'vitest';
import {
  conversationFigures,
  fillDailySeries,
  resolvedSince,
  startOfJakartaWeek,
} from './dashboard-stats.ts';
import { jakartaIsoDay, startOfJakartaDay } from './format.ts';

describe('Beranda figures', () => {
  it('when days have no complaints, then the 30-day series still has one point per Jakarta day', () => {
    const from = new Date('2026-11-01T00:00:00+07:00');
    const to = new Date('2026-11-30T23:00:00+07:00');
    const series = fillDailySeries([{ date: '2026-11-05', created: 3, resolvedSoFar: 1 }], from, to);
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ date: '2026-11-01', created: 0, resolvedSoFar: 0 });
    expect(series[4]).toEqual({ date: '2026-11-05', created: 3, resolvedSoFar: 1 });
    expect(series.at(-1)!.date).toBe('2026-11-30');
  });

  it('when it is 23:30 UTC, then the Jakarta day is already the next one', () => {
    const at = new Date('2026-11-21T23:30:00Z');
    expect(jakartaIsoDay(at)).toBe('2026-11-22');
    expect(startOfJakartaDay(at).toISOString()).toBe('2026-11-21T17:00:00.000Z');
  });

  it('when the week is asked on a Sunday in Jakarta, then it began on the Monday before', () => {
    expect(startOfJakartaWeek(new Date('2026-11-22T10:00:00+07:00')).toISOString()).toBe(
      '2026-11-15T17:00:00.000Z',
    );
    expect(startOfJakartaWeek(new Date('2026-11-16T00:30:00+07:00')).toISOString()).toBe(
      '2026-11-15T17:00:00.000Z',
    );
  });

  it('when conversations are counted, then handoffs, takeovers, unread and today are separate figures', () => {
    const since = new Date('2026-11-22T00:00:00+07:00');
    const f = conversationFigures(
      [
        { status: 'handoff_requested', lastMessageAt: '2026-11-22T01:00:00Z', unreadCount: 2 },
        { status: 'takeover', lastMessageAt: '2026-11-20T01:00:00Z', unreadCount: 0 },
        { status: 'bot', lastMessageAt: null, unreadCount: 1 },
      ],
      since,
    );
    expect(f).toEqual({ today: 1, handoffs: 1, takenOver: 1, unread: 3 });
  });

  it('when resolved complaints are counted for the week, then only those resolved since its start count', () => {
    const since = new Date('2026-11-16T00:00:00+07:00');
    expect(
      resolvedSince(
        [{ resolvedAt: '2026-11-16T01:00:00+07:00' }, { resolvedAt: '2026-11-15T23:00:00+07:00' }, {}],
        since,
      ),
    ).toBe(1);
  });
});
