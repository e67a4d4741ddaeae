import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('sla');
}, 60_000);
afterAll(() => h?.stop());

describe('SLA due times and overdue complaints', () => {
  it('when a complaint is filed before a weekend and a village holiday, then neither counts toward its due times', async () => {
    // A village holiday on Monday 2026-10-12; filed Friday 2026-10-09 10:00 Jakarta.
    await h.api('PUT', '/internal/holidays/2026-10-12', { villageId: 'desa-sukamaju', name: 'Libur desa' });
    h.clock.now = new Date('2026-10-09T03:00:00Z');
    const res = await h.api('POST', '/internal/complaints', complaintBody());
    // jalan_rusak: verify 72 working hours, resolve 120. Fri 14 h, (Sat, Sun, Mon off), Tue 24, Wed 24, Thu 10.
    expect(res.body.sla.verificationDueAt).toBe('2026-10-15T03:00:00.000Z');
    // 120 h: Fri 14, Tue 24, Wed 24, Thu 24, Fri 24, (weekend), Mon 10.
    expect(res.body.sla.resolutionDueAt).toBe('2026-10-19T03:00:00.000Z');
  });

  it('when a complaint passes its due time unverified, then it is listed as overdue and counted in the metric', async () => {
    h.clock.now = new Date('2026-10-20T03:00:00Z');
    const overdue = await h.api('GET', '/internal/complaints?villageId=desa-sukamaju&overdue=true');
    expect(overdue.body.items).toHaveLength(1);
    expect(overdue.body.items[0].sla.overdue).toBe(true);
    const stats = await h.api('GET', '/internal/complaints/stats?villageId=desa-sukamaju');
    expect(stats.body.overdueNow).toBe(1);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/case_complaints_overdue\{[^}]*village_id="desa-sukamaju"[^}]*\} 1/);
  });
});
