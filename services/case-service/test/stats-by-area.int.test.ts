// Complaints by area in GET /internal/complaints/stats: free-text addresses folded into dusun, RW,
// street, gang, "Tanpa alamat" and "Lainnya", within the village and the date range asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
const A = 'desa-sukamaju';
const B = 'desa-makmur';

beforeAll(async () => {
  h = await startHarness('stats_area');
  const file = async (address: string | null, overrides: Record<string, unknown> = {}) => {
    const { address: _, ...body } = complaintBody(overrides);
    const res = await h.api('POST', '/internal/complaints', address === null ? body : { ...body, address });
    expect(res.status).toBe(201);
  };
  h.clock.now = new Date('2026-06-10T03:00:00Z');
  for (const address of [
    'Jl. Mawar RT 03/RW 02 dekat masjid',
    'gg melati 2 rt 1 rw 2',
    'rt.03 / rw.002',
    'RW 02',
    'Dusun Krajan',
    'dsn. krajan rt 4 rw 2',
    'Jl. Anggrek 5',
    'jl anggrek no. 7',
    'Gang Dahlia',
    'dekat balai desa',
    null,
  ])
    await file(address);
  await file('RW 02', { villageId: B }); // another village: never counted for A
  h.clock.now = new Date('2026-05-01T03:00:00Z');
  await file('RW 02'); // before the range asked
  h.clock.now = null;
}, 60_000);
afterAll(() => h?.stop());

const stats = (query: string) => h.api('GET', `/internal/complaints/stats?villageId=${A}&${query}`);

describe('GET /internal/complaints/stats byArea', () => {
  it('when addresses name the same area in different spellings, then they are counted as one area, largest first', async () => {
    const res = await stats('from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(11);
    expect(res.body.byArea).toEqual([
      { area: 'rw:2', label: 'RW 02', count: 4 },
      { area: 'dusun:krajan', label: 'Dusun Krajan', count: 2 },
      { area: 'jalan:anggrek', label: 'Jl. Anggrek', count: 2 },
      { area: 'gang:dahlia', label: 'Gg. Dahlia', count: 1 },
      { area: 'other', label: 'Lainnya', count: 1 },
      { area: 'none', label: 'Tanpa alamat', count: 1 },
    ]);
    // Backward compatible: the earlier fields are still there.
    expect(res.body.byCategory).toEqual({ jalan_rusak: 11 });
    expect(Object.keys(res.body)).toEqual(
      expect.arrayContaining(['byStatus', 'daily', 'sla', 'overdueNow', 'medianSecondsToVerify']),
    );
  });

  it('when the range takes in an older complaint, then its area is counted too', async () => {
    const res = await stats('from=2026-04-01T00:00:00Z&to=2026-07-01T00:00:00Z');
    expect(res.body.byArea[0]).toEqual({ area: 'rw:2', label: 'RW 02', count: 5 });
  });

  it('when a range holds no complaints, then byArea is empty', async () => {
    const res = await stats('from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z');
    expect(res.body).toMatchObject({ total: 0, byArea: [] });
  });

  it('when another village asks, then only its own addresses are counted', async () => {
    const res = await h.api('GET', `/internal/complaints/stats?villageId=${B}&from=2026-06-01&to=2026-07-01`);
    expect(res.body.byArea).toEqual([{ area: 'rw:2', label: 'RW 02', count: 1 }]);
  });
});
