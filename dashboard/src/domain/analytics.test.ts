import { describe, expect, it } from 'vitest';
import {
  areaRows,
  countRows,
  formatDuration,
  formatPercent,
  handoffRate,
  intentRows,
  joinList,
  parsePeriod,
  periodBuckets,
  staffResponseHint,
} from './analytics.ts';

describe('analytics shaping', () => {
  it('when the period is 7 days, then there are 7 Jakarta day buckets ending now', () => {
    const now = new Date('2026-12-05T02:00:00Z'); // 09.00 WIB
    const p = periodBuckets(7, now);
    expect(p.buckets).toHaveLength(7);
    expect(p.buckets[0]!.from.toISOString()).toBe('2026-11-28T17:00:00.000Z'); // 29 Nov 00.00 WIB
    expect(p.buckets.at(-1)!.from.toISOString()).toBe('2026-12-04T17:00:00.000Z');
    expect(p.buckets.at(-1)!.to).toEqual(now);
    expect(p.from).toEqual(p.buckets[0]!.from);
  });

  it('when the period is 30 days, then weekly buckets cover it without gaps or overlap', () => {
    const now = new Date('2026-12-05T02:00:00Z');
    const p = periodBuckets(30, now);
    expect(p.buckets).toHaveLength(5); // 2 + 4 x 7 days
    for (let i = 1; i < p.buckets.length; i++) expect(p.buckets[i]!.from).toEqual(p.buckets[i - 1]!.to);
    expect(p.buckets[0]!.from).toEqual(p.from);
    expect(p.buckets.at(-1)!.label).toContain('–');
  });

  it('when the period is not offered, then 30 days are used', () => {
    expect(parsePeriod('90')).toBe(90);
    expect(parsePeriod('365')).toBe(30);
    expect(parsePeriod(undefined)).toBe(30);
  });

  it('when a bucket has no figures, then its intents are zero', () => {
    const rows = intentRows(
      [
        { from: new Date(0), to: new Date(1), label: 'a' },
        { from: new Date(1), to: new Date(2), label: 'b' },
      ],
      [{ intents: { KNOWLEDGE_QUERY: 3 } }, null],
    );
    expect(rows[0]).toMatchObject({ label: 'a', KNOWLEDGE_QUERY: 3, UNKNOWN: 0 });
    expect(rows[1]).toMatchObject({ label: 'b', KNOWLEDGE_QUERY: 0 });
  });

  it('when rates and durations are shown, then they read in Indonesian', () => {
    expect(handoffRate({ handoffs: 1, turns: 8 })).toBe(0.125);
    expect(handoffRate({ handoffs: 0, turns: 0 })).toBeNull();
    expect(formatPercent(0.125)).toBe('12,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
    expect(formatDuration(42)).toBe('42 dtk');
    expect(formatDuration(3 * 3600 + 20 * 60)).toBe('3 jam 20 mnt');
    expect(formatDuration(2 * 86400 + 4 * 3600)).toBe('2 hari 4 jam');
  });

  it('when counts are charted, then zeros go and the largest comes first', () => {
    expect(countRows({ sampah: 2, jalan_rusak: 5, banjir: 0 }, (k) => k.toUpperCase())).toEqual([
      { key: 'jalan_rusak', label: 'JALAN_RUSAK', count: 5 },
      { key: 'sampah', label: 'SAMPAH', count: 2 },
    ]);
  });

  it('when areas are charted, then case-service’s order stays and empty areas go', () => {
    expect(
      areaRows([
        { area: 'rw:2', label: 'RW 02', count: 4 },
        { area: 'none', label: 'Tanpa alamat', count: 1 },
        { area: 'gang:dahlia', label: 'Gg. Dahlia', count: 0 },
      ]),
    ).toEqual([
      { key: 'rw:2', label: 'RW 02', count: 4 },
      { key: 'none', label: 'Tanpa alamat', count: 1 },
    ]);
    expect(areaRows([])).toEqual([]);
  });

  it('when there are more areas than the chart shows, then the smallest fold into one "wilayah lain" row', () => {
    const areas = Array.from({ length: 13 }, (_, i) => ({
      area: `jalan:${i}`,
      label: `Jl. ${i}`,
      count: 20 - i,
    }));
    const rows = areaRows(areas, 10);
    expect(rows).toHaveLength(10);
    expect(rows[8]).toEqual({ key: 'jalan:8', label: 'Jl. 8', count: 12 });
    // Jl. 9 to Jl. 12: 11 + 10 + 9 + 8.
    expect(rows[9]).toEqual({ key: 'wilayah-lain', label: '4 wilayah lain', count: 38 });
    expect(areaRows(areas.slice(0, 10), 10)).toHaveLength(10);
  });

  it('when staff response times are shown, then the small text gives the p90 and what it is over, and says when there is none', () => {
    expect(
      staffResponseHint({
        staffReplies: 12,
        answeredInbound: 19,
        medianResponseSeconds: 240,
        p90ResponseSeconds: 3 * 3600 + 20 * 60,
      }),
    ).toBe('median dari 12 balasan untuk 19 pesan warga; p90 3 jam 20 mnt');
    expect(
      staffResponseHint({
        staffReplies: 0,
        answeredInbound: 0,
        medianResponseSeconds: null,
        p90ResponseSeconds: null,
      }),
    ).toBe('belum ada balasan petugas');
    expect(staffResponseHint(null)).toBeUndefined();
  });

  it('when several services are down, then they are named in one Indonesian list', () => {
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a dan b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b dan c');
    expect(joinList([])).toBe('');
  });
});
