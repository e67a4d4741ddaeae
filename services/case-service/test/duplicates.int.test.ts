import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('duplicates');
}, 60_000);
afterAll(() => h?.stop());

const post = async (body: Record<string, unknown>) =>
  (await h.api('POST', '/internal/complaints', complaintBody(body))).body as {
    complaintId: string;
    possibleDuplicateOf: string | null;
  };

describe('possible duplicates', () => {
  it('when the same category is reported at the same address within 72 hours, then it is linked to the first', async () => {
    h.clock.now = new Date('2026-05-04T03:00:00Z');
    const first = await post({ address: 'Jl. Melati No. 7' });
    h.clock.now = new Date('2026-05-05T03:00:00Z');
    const again = await post({ address: 'jl melati no 7', reporter: { waId: '6282222222222' } });
    expect(first.possibleDuplicateOf).toBeNull();
    expect(again.possibleDuplicateOf).toBe(first.complaintId);
    const third = await post({ address: 'JL. MELATI NO.7' });
    expect(third.possibleDuplicateOf).toBe(first.complaintId);
  });

  it('when the location is within 100 m, then it is linked even with another address text', async () => {
    h.clock.now = new Date('2026-05-11T03:00:00Z');
    const first = await post({
      category: 'sampah',
      address: 'Pasar',
      location: { latitude: -6.2, longitude: 106.8 },
    });
    const near = await post({
      category: 'sampah',
      address: 'Dekat pasar',
      location: { latitude: -6.2005, longitude: 106.8003 },
    });
    const far = await post({
      category: 'sampah',
      address: 'Lapangan',
      location: { latitude: -6.21, longitude: 106.8 },
    });
    expect(near.possibleDuplicateOf).toBe(first.complaintId);
    expect(far.possibleDuplicateOf).toBeNull();
  });

  it('when the category differs, 72 hours have passed, or the first is closed, then nothing is linked', async () => {
    h.clock.now = new Date('2026-05-18T03:00:00Z');
    const first = await post({ address: 'Jl. Kamboja 1' });
    expect(
      (await post({ category: 'lampu_jalan', address: 'Jl. Kamboja 1' })).possibleDuplicateOf,
    ).toBeNull();
    h.clock.now = new Date('2026-05-21T03:00:01Z');
    expect((await post({ address: 'Jl. Kamboja 1' })).possibleDuplicateOf).toBeNull();
    const other = await post({ address: 'Jl. Teratai 2' });
    await h.api('PUT', `/internal/complaints/${other.complaintId}`, {
      villageId: 'desa-sukamaju',
      status: 'REJECTED',
      actor: 'admin',
      note: 'bukan wewenang desa',
    });
    expect((await post({ address: 'Jl. Teratai 2' })).possibleDuplicateOf).toBeNull();
    expect(first.possibleDuplicateOf).toBeNull();
  });

  it('when staff merge a duplicate, then it closes as REJECTED naming the original and its reporter is told', async () => {
    h.clock.now = new Date('2026-06-01T03:00:00Z');
    const first = await post({ category: 'air_bersih', address: 'Sumur umum RT 4' });
    const dup = await post({
      category: 'air_bersih',
      address: 'sumur umum rt 4',
      reporter: { waId: '6284444444444' },
    });
    const [created] = await h.waitForEvents(
      (e) => e.type === 'complaint.created' && e.payload.complaintId === dup.complaintId,
      1,
    );
    expect(created?.payload.possibleDuplicateOf).toBe(first.complaintId);
    const res = await h.api('POST', `/internal/complaints/${dup.complaintId}/merge`, {
      villageId: 'desa-sukamaju',
      actor: 'admin-2',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'REJECTED', mergedInto: first.complaintId });
    const [event] = await h.waitForEvents(
      (e) => e.type === 'complaint.status.updated' && e.payload.complaintId === dup.complaintId,
      1,
    );
    expect(event?.payload).toMatchObject({
      to: 'REJECTED',
      note: expect.stringContaining(first.complaintId),
    });
    const again = await h.api('POST', `/internal/complaints/${dup.complaintId}/merge`, {
      villageId: 'desa-sukamaju',
      actor: 'admin-2',
    });
    expect(again.status).toBe(409);
    const notDup = await h.api('POST', `/internal/complaints/${first.complaintId}/merge`, {
      villageId: 'desa-sukamaju',
      actor: 'admin-2',
    });
    expect(notDup.body.code).toBe('NOT_A_DUPLICATE');
    const otherVillage = await h.api('POST', `/internal/complaints/${dup.complaintId}/merge`, {
      villageId: 'desa-makmur',
      actor: 'admin-2',
    });
    expect(otherVillage.status).toBe(404);
  });
});
