import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('complaints');
}, 60_000);
afterAll(() => h?.stop());

describe('POST /internal/complaints', () => {
  it('when a citizen files a complaint, then it gets a LAP id, RECEIVED, SLA due times and complaint.created reaches the broker', async () => {
    const res = await h.api('POST', '/internal/complaints', complaintBody({ conversationId: 'conv-1' }));
    expect(res.status).toBe(201);
    expect(res.body.complaintId).toMatch(/^LAP-\d{8}-\d{3,}$/);
    expect(res.body).toMatchObject({ status: 'RECEIVED', priority: 'normal', source: 'whatsapp' });
    expect(Date.parse(res.body.sla.verificationDueAt)).toBeGreaterThan(Date.parse(res.body.createdAt));
    const [event] = await h.waitForEvents(
      (e) => e.type === 'complaint.created' && e.payload.complaintId === res.body.complaintId,
      1,
    );
    expect(event).toMatchObject({
      villageId: 'desa-sukamaju',
      payload: { category: 'jalan_rusak', reporter: { waId: '6281234567890' }, conversationId: 'conv-1' },
    });
  });

  it('when the category is urgent by default (a fallen tree), then the complaint is urgent', async () => {
    const res = await h.api(
      'POST',
      '/internal/complaints',
      complaintBody({ category: 'pohon_tumbang', address: 'Jl. Kenanga' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.priority).toBe('urgent');
  });

  it('when the same Idempotency-Key is sent twice, then the same complaint comes back and only one exists', async () => {
    const body = complaintBody({ address: 'Gang Mawar 3' });
    const headers = { 'idempotency-key': 'wamid.idem-1' };
    const [a, b] = await Promise.all([
      h.api('POST', '/internal/complaints', body, headers),
      h.api('POST', '/internal/complaints', body, headers),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.complaintId).toBe(b.body.complaintId);
    const c = await h.api('POST', '/internal/complaints', body, headers);
    expect(c.body.complaintId).toBe(a.body.complaintId);
    expect(c.headers.get('idempotent-replayed')).toBe('true');
    const mine = await h.api(
      'GET',
      `/internal/citizens/6281234567890/complaints?villageId=desa-sukamaju&limit=50`,
    );
    expect(
      mine.body.complaints.filter((x: { address: string }) => x.address === 'Gang Mawar 3'),
    ).toHaveLength(1);
  });

  it('when a key is reused with a different body, then it is refused with 422', async () => {
    const headers = { 'idempotency-key': 'wamid.idem-2' };
    await h.api('POST', '/internal/complaints', complaintBody({ address: 'Gang Melati' }), headers);
    const res = await h.api(
      'POST',
      '/internal/complaints',
      complaintBody({ address: 'Gang Anggrek' }),
      headers,
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('when the body is invalid, then a problem+json 400 names each field and its reason', async () => {
    const res = await h.api('POST', '/internal/complaints', {
      villageId: 'desa-sukamaju',
      reporter: { waId: 'abc' },
      category: 'Jalan Rusak',
      description: '',
      location: { latitude: 200, longitude: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.reporter.waId',
        'body.category',
        'body.description',
        'body.location.latitude',
      ]),
    );
  });

  it('when the category is not in the village catalog, then a 400 names body.category', async () => {
    const res = await h.api('POST', '/internal/complaints', complaintBody({ category: 'parkir_liar' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'body.category', reason: expect.stringContaining('parkir_liar') },
    ]);
  });

  it('when the internal key is missing, then the internal routes answer 401', async () => {
    const res = await fetch(`${h.url}/internal/complaints/LAP-20261122-001?villageId=desa-sukamaju`);
    expect(res.status).toBe(401);
  });
});

describe('GET /internal/complaints/:id', () => {
  it('when a complaint is read, then it comes with its history', async () => {
    const created = await h.api('POST', '/internal/complaints', complaintBody({ address: 'Jl. Sawo' }));
    const res = await h.api(
      'GET',
      `/internal/complaints/${created.body.complaintId}?villageId=desa-sukamaju`,
    );
    expect(res.status).toBe(200);
    expect(res.body.history).toEqual([expect.objectContaining({ from: null, to: 'RECEIVED' })]);
  });

  it('when the reporter asked for confidentiality, then staff views mask the reporter', async () => {
    const created = await h.api(
      'POST',
      '/internal/complaints',
      complaintBody({
        address: 'Jl. Rahasia',
        reporter: { waId: '6281111111111', name: 'Sari', confidential: true },
      }),
    );
    const res = await h.api(
      'GET',
      `/internal/complaints/${created.body.complaintId}?villageId=desa-sukamaju`,
    );
    expect(res.body.reporter).toEqual({
      waId: null,
      name: null,
      anonymous: false,
      confidential: true,
      masked: true,
    });
    const byPhone = await h.api('GET', '/internal/complaints?villageId=desa-sukamaju&reporter=6281111111111');
    expect(byPhone.body.items).toEqual([]);
  });
});
