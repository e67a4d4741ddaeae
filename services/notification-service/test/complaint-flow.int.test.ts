// From case-service to the citizen's phone: real complaints filed and moved through case-service's
// API, their events consumed, rendered from the village's templates and sent through channel-service
// to the simulated WhatsApp. Redelivered events send nothing new; urgent ones reach on-duty staff
// without a confidential reporter's details.
import type { EventEnvelope } from '@govconnect/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sleep } from './http.ts';
import { startSystem, type System } from './system.ts';

let t: System;
let n = 0;
const number = () => `62815550${String(++n).padStart(5, '0')}`;
const V = 'desa-sukamaju';

beforeAll(async () => {
  t = await startSystem('flow', { withCase: true });
});
afterAll(async () => {
  await t?.stop();
});

async function fileComplaint(reporter: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await t.caseApi('POST', '/internal/complaints', {
    villageId: V,
    reporter,
    category: 'jalan_rusak',
    description: 'Jalan berlubang besar di depan sekolah',
    address: `Jl. Uji ${++n}`,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.complaintId as string;
}

const move = (id: string, status: string, note: string) =>
  t.caseApi('PUT', `/internal/complaints/${id}`, { villageId: V, status, actor: 'petugas-1', note });

const notificationsOf = (complaintId: string) =>
  t.db.notification.findMany({ where: { complaintId }, orderBy: { createdAt: 'asc' } });

const inboxWith = (waId: string, count: number) =>
  eventually(
    () => t.inbox(waId),
    (i) => i.length >= count && i.every((m) => m.status === 'read'),
  );

describe('case events to WhatsApp', () => {
  it("when staff move a complaint, then the reporter's phone gets the status in plain words with the note, once", async () => {
    const waId = number();
    await t.citizenSays(waId, 'saya mau lapor jalan rusak');
    const id = await fileComplaint({ waId, name: 'Budi' });
    const first = await inboxWith(waId, 1);
    expect(first[0]!.text).toContain(`Halo Budi, laporan Anda ${id} (Jalan Rusak) sudah kami terima`);

    expect((await move(id, 'VERIFIED', 'Petugas sudah survei lokasi')).status).toBe(200);
    const inbox = await inboxWith(waId, 2);
    await sleep(500); // anything extra would arrive now
    expect(await t.inbox(waId)).toHaveLength(2);
    expect(inbox[1]).toMatchObject({ type: 'text' });
    expect(inbox[1]!.text).toContain(`Laporan ${id} (Jalan Rusak) sudah diverifikasi oleh petugas.`);
    // The village's inbox tells these messages apart from the bot's replies.
    const list = await t.channelApi('GET', `/internal/conversations?villageId=${V}&search=${waId}`);
    expect(list.body.items[0].lastMessage).toMatchObject({
      direction: 'outbound',
      adminId: null,
      origin: 'notification',
    });
    expect(inbox[1]!.text).toContain('Catatan petugas: Petugas sudah survei lokasi');

    const rows = await eventually(
      () => notificationsOf(id),
      (r) => r.every((x) => x.status === 'read'),
    );
    expect(rows.map((r) => [r.type, r.status, r.sentAs, r.recipient])).toEqual([
      ['complaint_received', 'read', 'text', waId],
      ['status_verified', 'read', 'text', waId],
    ]);
    const statusEvent = t.events.find(
      (e) =>
        e.type === 'complaint.status.updated' && (e.payload as { complaintId: string }).complaintId === id,
    );
    expect(rows[1]!.eventId).toBe(statusEvent!.id);
    expect(rows[1]!.deliveredAt).not.toBeNull();
    expect(rows[1]!.readAt).not.toBeNull();
  });

  it('when the reporter has not written for 24 hours, then the status goes out as the approved template with its parameters', async () => {
    const waId = number(); // filed through the dashboard: this number never wrote to the village
    const id = await fileComplaint({ waId, name: 'Sari' }, { source: 'dashboard' });
    await inboxWith(waId, 1);
    await move(id, 'VERIFIED', 'Sudah dicek');
    await move(id, 'IN_PROGRESS', 'Perbaikan dimulai\nbesok pagi'); // Meta refuses newlines in parameters
    const inbox = await inboxWith(waId, 3);
    expect(inbox.map((m) => m.type)).toEqual(['template', 'template', 'template']);
    expect(inbox[0]!.text).toBe(`[template govconnect_laporan_diterima] ${id} | Jalan Rusak`);
    expect(inbox[2]!.text).toBe(
      `[template govconnect_status_laporan] ${id} | sedang ditangani | Perbaikan dimulai besok pagi`,
    );
  });

  it('when a status event is delivered again, even after its processed marker is gone, then nothing new is sent', async () => {
    const waId = number();
    await t.citizenSays(waId, 'halo');
    const id = await fileComplaint({ waId });
    await move(id, 'REJECTED', 'Lokasi di luar wilayah desa');
    await inboxWith(waId, 2);
    const event = (await eventually(
      async () =>
        t.events.find(
          (e) =>
            e.type === 'complaint.status.updated' &&
            (e.payload as { complaintId: string }).complaintId === id,
        ),
      Boolean,
    )) as EventEnvelope;
    await t.notification.messaging.publish(event);
    await t.notification.messaging.publish(event);
    await sleep(300);
    // The consumer's marker is pruned after a few days; the (event, recipient) constraint still holds.
    await t.db.processedEvent.deleteMany({ where: { eventId: event.id } });
    await t.notification.messaging.publish(event);
    const handledAgain = await eventually(
      () => t.db.processedEvent.count({ where: { eventId: event.id } }),
      (c) => c === 1,
    );
    expect(handledAgain).toBe(1); // the handler ran again and committed, adding nothing
    await sleep(500);
    expect(await t.inbox(waId)).toHaveLength(2);
    expect(await t.db.notification.count({ where: { eventId: event.id } })).toBe(1);
    expect(await t.metrics()).toMatch(/messaging_consumed_total\{[^}]*outcome="duplicate"[^}]*\} [1-9]/);
  });

  it('when a confidential complaint of an urgent category is filed, then on-duty staff hear at once without any reporter detail', async () => {
    const [staffA, staffB, reporter] = [number(), number(), number()];
    for (const [waId, name] of [
      [staffA, 'Pak Kades'],
      [staffB, 'Bu Sekdes'],
    ])
      expect((await t.api('PUT', `/internal/on-duty-staff/${waId}`, { villageId: V, name })).status).toBe(
        200,
      );
    await t.citizenSays(staffA, 'siap piket'); // staff A's window is open: text; B gets the template
    await t.citizenSays(reporter, 'ada pohon tumbang');
    const id = await fileComplaint(
      { waId: reporter, name: 'Siti Rahmawati', confidential: true },
      { category: 'pohon_tumbang' }, // urgent by its category
    );
    const [a] = await inboxWith(staffA, 1);
    const [b] = await inboxWith(staffB, 1);
    expect(a).toMatchObject({ type: 'text' });
    expect(a!.text).toContain(
      `LAPORAN MENDESAK ${id}: Pohon Tumbang. Pelapor: (dirahasiakan) ((dirahasiakan))`,
    );
    expect(b).toMatchObject({
      type: 'template',
      text: `[template govconnect_laporan_mendesak] ${id} | Pohon Tumbang | (dirahasiakan)`,
    });
    const staffRows = await t.db.notification.findMany({ where: { complaintId: id, audience: 'staff' } });
    expect(staffRows).toHaveLength(2);
    for (const text of [a!.text, b!.text, ...staffRows.map((r) => JSON.stringify(r))]) {
      expect(text).not.toContain('Siti');
      expect(text).not.toContain(reporter);
      expect(text).not.toContain(reporter.slice(-7));
    }
    // The reporter still hears about their own complaint.
    expect((await inboxWith(reporter, 1))[0]!.text).toContain(id);
  });
});
