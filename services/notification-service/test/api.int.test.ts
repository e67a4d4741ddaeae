// The internal API: templates (seeded, validated at save, used by the next event), on-duty staff,
// the notification list with filters and cursor, reads, status changes, and problem+json for bad input.
import { createEnvelope, type EventPayload } from '@govconnect/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './http.ts';
import { startSystem, type System } from './system.ts';

let t: System;
let n = 0;
const number = () => `62816660${String(++n).padStart(5, '0')}`;
const V = 'desa-sukamaju';

beforeAll(async () => {
  t = await startSystem('api');
});
afterAll(async () => {
  await t?.stop();
});

async function complaintCreated(payload: Partial<EventPayload<'complaint.created'>>) {
  const envelope = createEnvelope(
    'complaint.created',
    {
      complaintId: `LAP-20261122-${String(++n).padStart(3, '0')}`,
      villageId: V,
      reporter: {},
      category: 'sampah',
      ...payload,
    },
    { villageId: V, correlationId: `test-${n}` },
  );
  await t.notification.messaging.publish(envelope);
  return envelope;
}

const rowsOf = (eventId: string, count: number) =>
  eventually(
    () => t.db.notification.findMany({ where: { eventId } }),
    (r) => r.length >= count,
  );

describe('templates', () => {
  it('when a village is first seen, then every type has its default template and the variables it may use', async () => {
    const res = await t.api('GET', `/internal/notification-templates?villageId=desa-baru`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { type: string }) => i.type)).toEqual([
      'complaint_received',
      'staff_urgent_complaint',
      'status_cancelled',
      'status_in_progress',
      'status_rejected',
      'status_resolved',
      'status_verified',
    ]);
    const staff = res.body.items.find((i: { type: string }) => i.type === 'staff_urgent_complaint');
    expect(staff).toMatchObject({ audience: 'staff', isDefault: true });
    expect(staff.variables).toContain('reporterWaId');
  });

  it('when a template names an unknown variable, then it is rejected at save and nothing changes', async () => {
    const res = await t.api('PUT', '/internal/notification-templates/status_resolved', {
      villageId: V,
      body: 'Laporan {{complaintId}} selesai, NIK pelapor {{nik}}.',
      waTemplate: {
        name: 'govconnect_status_laporan',
        language: 'id',
        parameters: ['complaintId', 'alamat'],
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'UNKNOWN_TEMPLATE_VARIABLE', unknown: ['nik', 'alamat'] });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.body',
      'body.waTemplate.parameters.1',
    ]);
    const after = await t.api('GET', `/internal/notification-templates/status_resolved?villageId=${V}`);
    expect(after.body.isDefault).toBe(true);
  });

  it('when a template is edited, then the next event uses it; when it is deleted, then the default is back', async () => {
    const put = await t.api('PUT', '/internal/notification-templates/complaint_received', {
      villageId: V,
      body: 'Terima kasih {{ reporterName }}! Nomor laporan: {{complaintId}}.',
      waTemplate: { name: 'laporan_masuk_v2', language: 'id', parameters: ['complaintId'] },
      actor: 'admin-1',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ isDefault: false, updatedBy: 'admin-1' });
    const event = await complaintCreated({ reporter: { waId: number(), name: 'Dewi' } });
    const [row] = await rowsOf(event.id, 1);
    expect(row!.renderedText).toBe(`Terima kasih Dewi! Nomor laporan: ${event.payload.complaintId}.`);
    expect(row!.waTemplate).toEqual({
      name: 'laporan_masuk_v2',
      language: 'id',
      parameters: [event.payload.complaintId],
    });

    const reset = await t.api('DELETE', `/internal/notification-templates/complaint_received?villageId=${V}`);
    expect(reset.status).toBe(200);
    expect(reset.body.isDefault).toBe(true);
  });

  it('when the type or the WhatsApp template name is not valid, then it is a 400 naming the field', async () => {
    const badType = await t.api('GET', `/internal/notification-templates/nope?villageId=${V}`);
    expect(badType.status).toBe(400);
    const badName = await t.api('PUT', '/internal/notification-templates/status_verified', {
      villageId: V,
      body: 'x {{complaintId}}',
      waTemplate: { name: 'Bad Name', language: 'id', parameters: [] },
    });
    expect(badName.status).toBe(400);
    expect(badName.body.errors[0].field).toBe('body.waTemplate.name');
  });
});

describe('event order', () => {
  it("when a status change arrives before its complaint's creation, then it is retried and applied once the creation is in", async () => {
    const complaintId = 'LAP-20261122-900';
    const status = createEnvelope(
      'complaint.status.updated',
      { complaintId, from: 'RECEIVED', to: 'VERIFIED', note: 'dicek', actor: 'petugas-1' },
      { villageId: V, correlationId: 'test-order' },
    );
    await t.notification.messaging.publish(status);
    await complaintCreated({ complaintId, reporter: { waId: number() } });
    const [row] = await rowsOf(status.id, 1); // the consumer's first retry comes after 1 s
    expect(row).toMatchObject({ type: 'status_verified', complaintId, correlationId: 'test-order' });
    expect(await t.metrics()).toMatch(/messaging_consumed_total\{[^}]*outcome="retried"[^}]*\} [1-9]/);
  });
});

describe('on-duty staff', () => {
  it('when an urgent complaint arrives, then only active on-duty numbers are notified; a normal one notifies no staff', async () => {
    const [active, inactive] = [number(), number()];
    await t.api('PUT', `/internal/on-duty-staff/${active}`, { villageId: V, name: 'Piket 1' });
    await t.api('PUT', `/internal/on-duty-staff/${inactive}`, {
      villageId: V,
      name: 'Piket 2',
      active: false,
    });
    const list = await t.api('GET', `/internal/on-duty-staff?villageId=${V}`);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ waId: active, active: true }),
        expect.objectContaining({ waId: inactive, active: false }),
      ]),
    );
    const urgent = await complaintCreated({ priority: 'urgent', reporter: { name: 'Joko' } });
    const rows = await rowsOf(urgent.id, 1);
    expect(rows.map((r) => [r.recipient, r.audience, r.type])).toEqual([
      [active, 'staff', 'staff_urgent_complaint'],
    ]);
    expect(rows[0]!.renderedText).toContain('Pelapor: Joko');

    const normal = await complaintCreated({ reporter: { waId: number() } });
    const normalRows = await rowsOf(normal.id, 1);
    expect(normalRows.map((r) => r.audience)).toEqual(['citizen']);

    expect((await t.api('DELETE', `/internal/on-duty-staff/${inactive}?villageId=${V}`)).status).toBe(204);
    expect((await t.api('DELETE', `/internal/on-duty-staff/${inactive}?villageId=${V}`)).status).toBe(404);
    expect((await t.api('PUT', '/internal/on-duty-staff/abc', { villageId: V, name: 'x' })).status).toBe(400);
  });
});

describe('notifications', () => {
  it('when listing with filters, then pages follow the cursor newest first and a foreign cursor is a 400', async () => {
    const to = number();
    const ids: string[] = [];
    for (const text of ['satu', 'dua', 'tiga'])
      ids.push((await t.api('POST', '/internal/notifications', { villageId: V, to, text })).body.id);
    const page1 = await t.api(
      'GET',
      `/internal/notifications?villageId=${V}&recipient=${to}&type=adhoc&limit=2`,
    );
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const page2 = await t.api(
      'GET',
      `/internal/notifications?villageId=${V}&recipient=${to}&limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body).toMatchObject({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect((await t.api('GET', `/internal/notifications?villageId=${V}&cursor=xyz`)).status).toBe(400);
    expect((await t.api('GET', `/internal/notifications?villageId=${V}&status=lost`)).status).toBe(400);
  });

  it('when a notification is read through another village, then it is a 404; bad ids are 400; no key is 401', async () => {
    const created = await t.api('POST', '/internal/notifications', {
      villageId: V,
      to: number(),
      text: 'halo',
    });
    expect(
      (await t.api('GET', `/internal/notifications/${created.body.id}?villageId=desa-lain`)).status,
    ).toBe(404);
    expect((await t.api('GET', `/internal/notifications/123?villageId=${V}`)).status).toBe(400);
    const noKey = await fetch(`${t.notification.url}/internal/notifications?villageId=${V}`);
    expect(noKey.status).toBe(401);
  });

  it('when the body is invalid, then the 400 lists each field', async () => {
    const res = await t.api('POST', '/internal/notifications', { villageId: V, to: 'abc', text: '' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.text', 'body.to']);
  });

  it('when staff give up a pending notification, then it is failed with their reason; moving it otherwise is a 409', async () => {
    // A notification waiting for a retry due in an hour (written directly: the dispatcher would
    // otherwise take a fresh one at once).
    const id = crypto.randomUUID();
    await t.db.notification.create({
      data: {
        id,
        villageId: V,
        type: 'adhoc',
        audience: 'citizen',
        recipient: number(),
        eventId: `adhoc:${V}:${id}`,
        eventOccurredAt: new Date(),
        correlationId: 'test',
        renderedText: 'nanti',
        attempts: 1,
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    const created = { body: { id } };
    const put = (status: string) =>
      t.api('PUT', `/internal/notifications/${created.body.id}/status`, {
        villageId: V,
        status,
        actor: 'admin-2',
        reason: 'salah kirim',
      });
    expect((await put('pending')).status).toBe(409);
    const given = await put('failed');
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ status: 'failed', failureReason: 'salah kirim', deadLettered: false });
    expect((await put('failed')).status).toBe(409);
    expect((await put('delivered')).status).toBe(400);
  });
});
