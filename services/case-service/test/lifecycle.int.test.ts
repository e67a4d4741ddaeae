import { COMPLAINT_STATUSES, type ComplaintStatus } from '@govconnect/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('lifecycle');
}, 60_000);
afterAll(() => h?.stop());

const LEGAL: Record<ComplaintStatus, ComplaintStatus[]> = {
  RECEIVED: ['VERIFIED', 'REJECTED', 'CANCELLED'],
  VERIFIED: ['IN_PROGRESS', 'REJECTED', 'CANCELLED'],
  IN_PROGRESS: ['RESOLVED', 'CANCELLED'],
  RESOLVED: [],
  REJECTED: [],
  CANCELLED: [],
};
// How to reach each status from RECEIVED.
const PATH: Record<ComplaintStatus, ComplaintStatus[]> = {
  RECEIVED: [],
  VERIFIED: ['VERIFIED'],
  IN_PROGRESS: ['VERIFIED', 'IN_PROGRESS'],
  RESOLVED: ['VERIFIED', 'IN_PROGRESS', 'RESOLVED'],
  REJECTED: ['REJECTED'],
  CANCELLED: ['CANCELLED'],
};

let n = 0;
async function complaintAt(status: ComplaintStatus): Promise<string> {
  const created = await h.api('POST', '/internal/complaints', complaintBody({ address: `Jl. Uji ${++n}` }));
  for (const step of PATH[status]) await move(created.body.complaintId, step);
  return created.body.complaintId as string;
}

function move(id: string, status: ComplaintStatus, extra: Record<string, unknown> = {}) {
  return h.api('PUT', `/internal/complaints/${id}`, {
    villageId: 'desa-sukamaju',
    status,
    actor: 'admin-1',
    note: 'catatan petugas',
    ...extra,
  });
}

describe('PUT /internal/complaints/:id', () => {
  for (const from of COMPLAINT_STATUSES)
    for (const to of COMPLAINT_STATUSES) {
      const legal = LEGAL[from].includes(to);
      it(`when moving ${from} -> ${to}, then it is ${legal ? 'applied' : 'a 409 listing the allowed steps'}`, async () => {
        const id = await complaintAt(from);
        const res = await move(id, to);
        if (legal) {
          expect(res.status).toBe(200);
          expect(res.body.status).toBe(to);
        } else {
          expect(res.status).toBe(409);
          expect(res.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', from, to, allowed: LEGAL[from] });
        }
      });
    }

  it('when a status changes, then a history row and complaint.status.updated on the broker record it', async () => {
    const id = await complaintAt('RECEIVED');
    await move(id, 'VERIFIED', { note: 'sudah dicek', photoMediaId: 'media-42' });
    const got = await h.api('GET', `/internal/complaints/${id}?villageId=desa-sukamaju`);
    expect(got.body.history.at(-1)).toMatchObject({
      actor: 'admin-1',
      from: 'RECEIVED',
      to: 'VERIFIED',
      note: 'sudah dicek',
      photoMediaId: 'media-42',
    });
    expect(got.body.verifiedAt).not.toBeNull();
    const [event] = await h.waitForEvents(
      (e) => e.type === 'complaint.status.updated' && e.payload.complaintId === id,
      1,
    );
    expect(event?.payload).toEqual({
      complaintId: id,
      from: 'RECEIVED',
      to: 'VERIFIED',
      note: 'sudah dicek',
      actor: 'admin-1',
    });
  });

  it('when rejecting without a note, then a 400 asks for body.note', async () => {
    const id = await complaintAt('RECEIVED');
    const res = await move(id, 'REJECTED', { note: undefined });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.note');
  });

  it('when the reporter cancels their own open complaint, then it is cancelled', async () => {
    const id = await complaintAt('IN_PROGRESS');
    const res = await move(id, 'CANCELLED', { reporterWaId: '6281234567890', actor: 'citizen' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('CANCELLED');
  });

  it('when someone else tries to cancel it, then it is forbidden', async () => {
    const id = await complaintAt('RECEIVED');
    const res = await move(id, 'CANCELLED', { reporterWaId: '6289999999999', actor: 'citizen' });
    expect(res.status).toBe(403);
  });

  it('when the reporter tries anything but cancelling, or cancels after resolution, then it is refused', async () => {
    const open = await complaintAt('RECEIVED');
    expect((await move(open, 'VERIFIED', { reporterWaId: '6281234567890' })).status).toBe(403);
    const resolved = await complaintAt('RESOLVED');
    expect((await move(resolved, 'CANCELLED', { reporterWaId: '6281234567890' })).status).toBe(409);
  });
});
