import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('ids');
}, 60_000);
afterAll(() => h?.stop());

describe('complaint ids', () => {
  it('when 200 complaints are created at once, then their ids are LAP-day-001..200 with no gap and no repeat', async () => {
    h.clock.now = new Date('2026-03-02T03:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.api(
          'POST',
          '/internal/complaints',
          complaintBody({ address: `Jl. Paralel ${i}`, description: `Laporan nomor ${i} jalan rusak` }),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = results.map((r) => r.body.complaintId as string).sort();
    const expected = Array.from({ length: 200 }, (_, i) => `LAP-20260302-${String(i + 1).padStart(3, '0')}`);
    expect(ids).toEqual(expected);
  }, 120_000);

  it('when a creation fails after taking a number, then the number is not lost', async () => {
    h.clock.now = new Date('2026-03-03T03:00:00Z');
    const a = await h.api('POST', '/internal/complaints', complaintBody());
    const failed = await h.api('POST', '/internal/complaints', complaintBody({ category: 'tidak_ada' }));
    const b = await h.api('POST', '/internal/complaints', complaintBody({ address: 'Jl. Lain' }));
    expect(failed.status).toBe(400);
    expect([a.body.complaintId, b.body.complaintId]).toEqual(['LAP-20260303-001', 'LAP-20260303-002']);
  });

  it('when midnight passes in Asia/Jakarta (17:00 UTC), then the day changes and the counter restarts', async () => {
    h.clock.now = new Date('2026-03-04T16:59:59.900Z'); // 23:59:59.9 in Jakarta
    const before = await h.api('POST', '/internal/complaints', complaintBody());
    h.clock.now = new Date('2026-03-04T17:00:00.000Z'); // 00:00 on the 5th in Jakarta, still the 4th in UTC
    const after = await h.api('POST', '/internal/complaints', complaintBody({ address: 'Jl. Tengah Malam' }));
    expect(before.body.complaintId).toBe('LAP-20260304-001');
    expect(after.body.complaintId).toBe('LAP-20260305-001');
  });

  it('when a day passes 999 complaints, then the counter grows to four digits', async () => {
    const client = new pg.Client({ connectionString: h.db.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO complaint_day_counters (day, last_value) VALUES ('20260306', 999)`);
    } finally {
      await client.end();
    }
    h.clock.now = new Date('2026-03-06T03:00:00Z');
    const res = await h.api('POST', '/internal/complaints', complaintBody());
    expect(res.body.complaintId).toBe('LAP-20260306-1000');
  });
});
