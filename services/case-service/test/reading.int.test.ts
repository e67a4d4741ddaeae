import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
const A = 'desa-sukamaju';
const B = 'desa-makmur';
let aId = '';
let bId = '';

beforeAll(async () => {
  h = await startHarness('reading');
  const post = (body: Record<string, unknown>) => h.api('POST', '/internal/complaints', complaintBody(body));
  aId = (await post({ description: 'Jalannya berlubang-lubang dan becek', address: 'Jl. Anggrek 5' })).body
    .complaintId;
  await post({ category: 'sampah', description: 'Tumpukan sampah di pasar', address: 'Pasar Desa' });
  await post({
    category: 'lampu_jalan',
    description: 'Lampu penerangan mati sejak minggu lalu',
    address: 'Gang Dahlia',
  });
  await post({
    category: 'pohon_tumbang',
    description: 'Pohon besar tumbang menutup jalan',
    address: 'Jl. Raya Km 3',
  });
  bId = (await post({ villageId: B, description: 'Jalan berlubang di desa lain', address: 'Jl. Anggrek 5' }))
    .body.complaintId;
}, 60_000);
afterAll(() => h?.stop());

const list = (query: string) => h.api('GET', `/internal/complaints?${query}`);

describe('GET /internal/complaints', () => {
  it('when searching "jalan berlubang" in Indonesian, then "jalannya berlubang-lubang" is found', async () => {
    const res = await list(`villageId=${A}&q=${encodeURIComponent('jalan berlubang')}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { complaintId: string }) => c.complaintId)).toEqual([aId]);
  });

  it('when filtering by category, priority and status, then only matching complaints come back', async () => {
    expect((await list(`villageId=${A}&category=sampah,lampu_jalan`)).body.items).toHaveLength(2);
    const urgent = await list(`villageId=${A}&priority=urgent`);
    expect(urgent.body.items.map((c: { category: string }) => c.category)).toEqual(['pohon_tumbang']);
    expect((await list(`villageId=${A}&status=RESOLVED`)).body.items).toHaveLength(0);
    expect((await list(`villageId=${A}&reporter=6281234567890`)).body.items).toHaveLength(4);
    expect((await list(`villageId=${A}&from=2000-01-01&to=2000-02-01`)).body.items).toHaveLength(0);
    expect((await list(`villageId=${A}&overdue=false`)).body.items).toHaveLength(4);
  });

  it('when paging with a cursor, then every complaint comes exactly once in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { complaintId: string }[]; nextCursor: string | null } } = await list(
        `villageId=${A}&limit=3&sort=createdAt&order=asc${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((c) => c.complaintId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(seen).toEqual([...seen].sort());
  });

  it('when a query is invalid, then a 400 names the field', async () => {
    const res = await list(`villageId=${A}&status=OPEN&cursor=zzz`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('query.status.0');
  });
});

describe('tenant isolation', () => {
  it('when village A reads, lists, searches, changes or counts, then village B’s complaints never appear', async () => {
    expect((await h.api('GET', `/internal/complaints/${bId}?villageId=${A}`)).status).toBe(404);
    const put = await h.api('PUT', `/internal/complaints/${bId}`, {
      villageId: A,
      status: 'VERIFIED',
      actor: 'x',
    });
    expect(put.status).toBe(404);
    const ids = (await list(`villageId=${A}&q=berlubang&limit=100`)).body.items.map(
      (c: { complaintId: string }) => c.complaintId,
    );
    expect(ids).not.toContain(bId);
    const citizen = await h.api('GET', `/internal/citizens/6281234567890/complaints?villageId=${A}&limit=50`);
    expect(citizen.body.complaints.map((c: { complaintId: string }) => c.complaintId)).not.toContain(bId);
    expect((await h.api('GET', `/internal/complaints/stats?villageId=${B}`)).body.total).toBe(1);
    expect((await h.api('GET', `/internal/complaints/${bId}?villageId=${B}`)).body.status).toBe('RECEIVED');
  });
});

describe('citizen view', () => {
  it('when the bot asks for a reporter’s complaints by wa_id, then they come newest first with a status text', async () => {
    const res = await h.api('GET', `/internal/citizens/6281234567890/complaints?villageId=${A}`);
    expect(res.body.complaints).toHaveLength(4);
    expect(res.body.complaints[0]).toMatchObject({
      category: 'pohon_tumbang',
      status: 'RECEIVED',
      statusText: expect.any(String),
    });
  });
});

describe('GET /internal/complaints/stats', () => {
  it('when complaints are verified and resolved, then counts, medians, the daily series and SLA compliance follow', async () => {
    for (const [status, note] of [
      ['VERIFIED', undefined],
      ['IN_PROGRESS', undefined],
      ['RESOLVED', 'diperbaiki'],
    ] as const)
      await h.api('PUT', `/internal/complaints/${aId}`, { villageId: A, status, actor: 'admin', note });
    const res = await h.api('GET', `/internal/complaints/stats?villageId=${A}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total: 4,
      byStatus: { RECEIVED: 3, RESOLVED: 1 },
      byCategory: { jalan_rusak: 1, sampah: 1, lampu_jalan: 1, pohon_tumbang: 1 },
      sla: { verification: { met: 1, of: 1, ratio: 1 }, resolution: { met: 1, of: 1, ratio: 1 } },
      overdueNow: 0,
    });
    expect(res.body.medianSecondsToVerify).toBeGreaterThanOrEqual(0);
    expect(res.body.medianSecondsToResolve).toBeGreaterThanOrEqual(res.body.medianSecondsToVerify);
    expect(res.body.daily).toEqual([
      { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), created: 4, resolvedSoFar: 1 },
    ]);
  });
});

describe('categories and holidays', () => {
  it('when a village is first seen, then it has the nine default categories, editable', async () => {
    const res = await h.api('GET', `/internal/categories?villageId=desa-baru`);
    expect(res.body.categories).toHaveLength(9);
    expect(res.body.categories.find((c: { slug: string }) => c.slug === 'pohon_tumbang')).toMatchObject({
      label: 'Pohon Tumbang',
      defaultPriority: 'urgent',
    });
    const put = await h.api('PUT', '/internal/categories/parkir_liar', {
      villageId: 'desa-baru',
      label: 'Parkir Liar',
      keywords: ['parkir'],
      defaultPriority: 'normal',
      verifySlaHours: 24,
      resolveSlaHours: 48,
    });
    expect(put.status).toBe(200);
    const created = await h.api(
      'POST',
      '/internal/complaints',
      complaintBody({ villageId: 'desa-baru', category: 'parkir_liar' }),
    );
    expect(created.status).toBe(201);
    expect((await h.api('GET', `/internal/categories?villageId=${A}`)).body.categories).toHaveLength(9);
  });

  it('when a village edits its holidays, then the national list is there and changes stick', async () => {
    const res = await h.api('GET', `/internal/holidays?villageId=${A}&year=2026`);
    expect(res.body.holidays).toContainEqual({
      date: '2026-08-17',
      name: 'Hari Kemerdekaan Republik Indonesia',
    });
    await h.api('PUT', '/internal/holidays/2026-09-09', { villageId: A, name: 'Hari Jadi Desa' });
    expect((await h.api('DELETE', `/internal/holidays/2026-12-25?villageId=${A}`)).status).toBe(204);
    const after = (await h.api('GET', `/internal/holidays?villageId=${A}&year=2026`)).body.holidays;
    expect(after).toContainEqual({ date: '2026-09-09', name: 'Hari Jadi Desa' });
    expect(after.map((x: { date: string }) => x.date)).not.toContain('2026-12-25');
  });
});
