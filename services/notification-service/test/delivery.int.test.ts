// Sending through the real channel-service and the simulated Meta: text inside the 24-hour window,
// the approved template outside it, retries after 5xx, permanent failures with Meta's code, dead
// letters retried through the API, and delivery receipts recorded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from './http.ts';
import { startSystem, type System } from './system.ts';

let t: System;
let n = 0;
const citizen = () => `62813770${String(++n).padStart(5, '0')}`;

beforeAll(async () => {
  t = await startSystem('delivery');
});
afterAll(async () => {
  await t?.stop();
});
beforeEach(async () => {
  await t.fault(null);
  t.simClock.offsetMs = 0;
});

const TEMPLATE = { name: 'govconnect_pengumuman', language: 'id', parameters: ['air mati', 'Senin'] };

function notify(to: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return t.api(
    'POST',
    '/internal/notifications',
    { villageId: 'desa-sukamaju', to, text: 'Air PDAM mati hari Senin.', ...extra },
    headers,
  );
}

async function settled(
  id: string,
  ok: (b: { status: string }) => boolean = (b) => ['read', 'failed'].includes(b.status),
) {
  const res = await eventually(
    () => t.api('GET', `/internal/notifications/${id}?villageId=desa-sukamaju`),
    (r) => ok(r.body),
  );
  return res.body;
}

describe('sending a notification', () => {
  it('when the citizen wrote within 24 hours, then text reaches the phone and sent, delivered and read are recorded', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    const created = await notify(waId);
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'pending', type: 'adhoc', recipient: waId });
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'read', sentAs: 'text', attempts: 1, errorCode: null });
    expect(done.sentAt).not.toBeNull();
    expect(done.deliveredAt).not.toBeNull();
    expect(done.readAt).not.toBeNull();
    const inbox = await t.inbox(waId);
    expect(inbox).toEqual([
      expect.objectContaining({ wamid: done.wamid, type: 'text', text: 'Air PDAM mati hari Senin.' }),
    ]);
    const metrics = await t.metrics();
    expect(metrics).toMatch(/notification_sent_total\{[^}]*type="adhoc"[^}]*sent_as="text"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/notification_delivered_total\{[^}]*type="adhoc"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/notification_read_total\{[^}]*type="adhoc"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/notification_event_to_delivered_seconds_count\{[^}]*type="adhoc"[^}]*\} [1-9]/);
  });

  it('when the citizen never wrote, then the approved template goes out with its parameters', async () => {
    const waId = citizen();
    const created = await notify(waId, { template: TEMPLATE });
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'read', sentAs: 'template' });
    const [item] = await t.inbox(waId);
    expect(item).toMatchObject({
      type: 'template',
      text: '[template govconnect_pengumuman] air mati | Senin',
    });
    const [request] = (await t.sentTo(waId)) as { body: { template: unknown } }[];
    expect(request!.body.template).toEqual({
      name: 'govconnect_pengumuman',
      language: { code: 'id' },
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'air mati' },
            { type: 'text', text: 'Senin' },
          ],
        },
      ],
    });
  });

  it('when the citizen never wrote and there is no template, then it fails with 131047 and nothing reaches the phone', async () => {
    const waId = citizen();
    const created = await notify(waId);
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 131047, deadLettered: true, attempts: 1 });
    expect(await t.inbox(waId)).toEqual([]);
  });

  it("when Meta's side of the window has closed though the channel thinks it open, then the refused text goes again as the template", async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    t.simClock.offsetMs = 25 * 60 * 60 * 1000; // the simulator (Meta) is a day ahead
    const created = await notify(waId, { template: TEMPLATE });
    const done = await settled(created.body.id, (b) => b.status === 'read' || b.status === 'failed');
    expect(done).toMatchObject({ status: 'read', sentAs: 'template' });
    const inbox = await t.inbox(waId);
    expect(inbox.map((m) => [m.type, m.status])).toEqual([
      ['text', 'failed'],
      ['template', 'read'],
    ]);
  });

  it('when the simulator answers 5xx twice, then the notification is retried and reaches the phone once', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    await t.fault({ status: 503, count: 2 });
    const created = await notify(waId);
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'read', attempts: 3 });
    expect(await t.sentTo(waId)).toHaveLength(3);
    expect(await t.inbox(waId)).toHaveLength(1);
    expect(await t.metrics()).toMatch(
      /notification_retried_total\{type="adhoc",error_code="131016"[^}]*\} [2-9]/,
    );
  });

  it('when Meta refuses the message for good, then it ends failed with its code, dead-lettered, after one attempt', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    await t.fault({ status: 400, code: 131026, count: 1 });
    const created = await notify(waId);
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 131026, attempts: 1, deadLettered: true });
    expect(done.failureReason).toContain('SEND_FAILED');
    expect(await t.metrics()).toMatch(/notification_failed_total\{[^}]*error_code="131026"[^}]*\} 1/);
    expect(await t.metrics()).toMatch(/notification_dead_letters\{[^}]*type="adhoc"[^}]*\} [1-9]/);

    const list = await t.api(
      'GET',
      `/internal/notifications?villageId=desa-sukamaju&status=failed&recipient=${waId}`,
    );
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);

    const retried = await t.api('PUT', `/internal/notifications/${created.body.id}/status`, {
      villageId: 'desa-sukamaju',
      status: 'pending',
      actor: 'admin-1',
    });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0, deadLettered: false });
    const again = await settled(created.body.id);
    expect(again).toMatchObject({ status: 'read', attempts: 1 });
    expect(await t.inbox(waId)).toHaveLength(1);
  });

  it('when the Graph API keeps failing, then it gives up after the configured attempts with the last code', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    await t.fault({ status: 500, count: 20 });
    const created = await notify(waId);
    const done = await settled(created.body.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 131000, attempts: 3, deadLettered: true });
    expect(done.failureReason).toMatch(/^gave up after 3 attempts/);
    expect(await t.inbox(waId)).toEqual([]);
  });

  it('when the same Idempotency-Key is posted twice, then one notification is sent', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    const first = await notify(waId, {}, { 'idempotency-key': `k-${waId}` });
    const second = await notify(waId, {}, { 'idempotency-key': `k-${waId}` });
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    const other = await notify(citizen(), {}, { 'idempotency-key': `k-${waId}` });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await settled(first.body.id);
    expect(await t.inbox(waId)).toHaveLength(1);
  });

  it('when several notifications wait for one citizen, then each send starts at least the pair interval after the previous one', async () => {
    const waId = citizen();
    await t.citizenSays(waId, 'halo');
    const ids: string[] = [];
    for (const text of ['satu', 'dua', 'tiga']) ids.push((await notify(waId, { text })).body.id);
    for (const id of ids) await settled(id);
    const rows = await t.db.notification.findMany({
      where: { id: { in: ids } },
      orderBy: { lastAttemptAt: 'asc' },
    });
    const starts = rows.map((r) => r.lastAttemptAt!.getTime());
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(100); // PAIR_INTERVAL_MS
    expect(await t.inbox(waId)).toHaveLength(3);
  });
});
