// Outbound through the Graph API (played by the simulator): delivery and status tracking, Meta's
// 24-hour rule, each error class, and at most one send per event or idempotency key.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { internalFetch } from './channel-harness.ts';
import { eventually, startWithSimulator, type WithSimulator } from './with-simulator.ts';

let t: WithSimulator;
let n = 0;
const citizen = () => `62812990${String(++n).padStart(5, '0')}`;

beforeAll(async () => {
  t = await startWithSimulator('outbound');
});
afterAll(async () => {
  await t?.stop();
});
beforeEach(async () => {
  await fetch(`${t.sim.url}/simulator/faults`, { method: 'DELETE' });
});

const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  internalFetch(t.url, '/internal/messages/send', {
    method: 'POST',
    body: JSON.stringify({ villageId: 'desa-sukamaju', ...body }),
    headers,
  });
const sentCount = async () => (await t.simJson<unknown[]>('/simulator/sent')).length;
const fault = (graph: Record<string, unknown>) =>
  fetch(`${t.sim.url}/simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ graph }),
  });

describe('POST /internal/messages/send', () => {
  it('when the citizen wrote recently, then the text reaches their phone and the message follows sent, delivered, read', async () => {
    const waId = citizen();
    expect((await t.citizenSays(waId, { text: 'halo pak' })).wamid).toMatch(/^wamid\./);
    const res = await send({ to: waId, text: 'Selamat pagi, ada yang bisa dibantu?' });
    expect(res.status).toBe(200);
    const row = (await res.json()) as { id: string; wamid: string };
    expect(row.wamid).toMatch(/^wamid\./);
    const inbox = await t.simJson<{ wamid: string; text: string }[]>(`/simulator/citizens/${waId}/inbox`);
    expect(inbox).toContainEqual(
      expect.objectContaining({ wamid: row.wamid, text: 'Selamat pagi, ada yang bisa dibantu?' }),
    );
    const read = await eventually(
      () => t.db.message.findUniqueOrThrow({ where: { id: row.id } }),
      (m) => m.status === 'read',
    );
    expect(read.status).toBe('read');
    const events = await t.db.outboxEvent.findMany({ where: { type: 'whatsapp.message.status' } });
    const mine = events
      .map((e) => (e.envelope as { payload: { wamid: string; status: string } }).payload)
      .filter((p) => p.wamid === row.wamid);
    expect(mine.map((p) => p.status).sort()).toEqual(['delivered', 'read', 'sent']);
  });

  it('when the citizen never wrote and no fallback template is configured, then it is 422 (Meta 131047) and nothing is sent', async () => {
    const before = await sentCount();
    const res = await send({ to: citizen(), text: 'pengumuman' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'OUTSIDE_CUSTOMER_SERVICE_WINDOW', metaCode: 131047 });
    expect(await sentCount()).toBe(before);
  });

  it('when the citizen never wrote, then a template may still be sent', async () => {
    const res = await send({ to: citizen(), template: { name: 'status_update', language: 'id' } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['429', { status: 429, count: 2 }],
    ['code 130429 (throughput)', { status: 400, code: 130429, count: 1 }],
    ['code 131056 (pair rate limit)', { status: 400, code: 131056, count: 1 }],
    ['a 503', { status: 503, count: 2 }],
  ])('when the Graph API answers %s, then the send is retried and succeeds', async (_name, f) => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    await fault(f);
    const before = await sentCount();
    const res = await send({ to: waId, text: 'dicoba lagi' });
    expect(res.status).toBe(200);
    expect(await sentCount()).toBe(before + f.count + 1);
  });

  it('when the Graph API keeps failing with 500, then it is 502 after the configured attempts and the message is failed', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    await fault({ status: 500, count: 10 });
    const res = await send({ to: waId, text: 'tidak sampai' });
    expect(res.status).toBe(502);
    const problem = (await res.json()) as { code: string; messageId: string };
    expect(problem.code).toBe('GRAPH_UNAVAILABLE');
    expect((await t.db.message.findUniqueOrThrow({ where: { id: problem.messageId } })).status).toBe(
      'failed',
    );
  });

  it('when Meta refuses the request (400, code 100), then it is not retried and the message records the code', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    await fault({ status: 400, code: 100, count: 1 });
    const before = await sentCount();
    const res = await send({ to: waId, text: 'salah' });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { messageId: string; metaCode: number };
    expect(problem.metaCode).toBe(100);
    expect(await sentCount()).toBe(before + 1);
    expect(await t.db.message.findUniqueOrThrow({ where: { id: problem.messageId } })).toMatchObject({
      status: 'failed',
      errorCode: 100,
    });
  });

  it('when the same Idempotency-Key is sent twice, then the citizen gets the message once', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    const first = (await (
      await send({ to: waId, text: 'sekali' }, { 'idempotency-key': `k-${waId}` })
    ).json()) as { id: string };
    const second = (await (
      await send({ to: waId, text: 'sekali' }, { 'idempotency-key': `k-${waId}` })
    ).json()) as { id: string };
    expect(second.id).toBe(first.id);
    const inbox = await t.simJson<{ text: string }[]>(`/simulator/citizens/${waId}/inbox`);
    expect(inbox.filter((m) => m.text === 'sekali')).toHaveLength(1);
  });

  it('when the body gives both text and template, or a bad number, then it is 400', async () => {
    expect((await send({ to: citizen(), text: 'a', template: { name: 'x' } })).status).toBe(400);
    expect((await send({ to: 'abc', text: 'a' })).status).toBe(400);
    const noKey = await fetch(`${t.url}/internal/messages/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noKey.status).toBe(401);
  });
});

describe('ai.reply.ready', () => {
  it('when the same reply event is delivered twice, then the citizen gets it once, as an interactive message', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'mau lapor' });
    const conversation = await t.db.conversation.findFirstOrThrow({ where: { waId } });
    const envelope = {
      id: crypto.randomUUID(),
      type: 'ai.reply.ready' as const,
      occurredAt: new Date().toISOString(),
      correlationId: 'test-reply',
      villageId: 'desa-sukamaju',
      payload: {
        conversationId: conversation.id,
        to: waId,
        interactive: {
          kind: 'buttons' as const,
          body: 'Pilih kategori',
          options: [{ id: 'jalan_rusak', title: 'Jalan rusak' }],
        },
      },
    };
    await eventually(async () => t.channel.messaging.isConnected(), Boolean);
    await t.channel.messaging.publish(envelope);
    await t.channel.messaging.publish(envelope);
    const inbox = await eventually(
      () => t.simJson<{ type: string }[]>(`/simulator/citizens/${waId}/inbox`),
      (i) => i.length >= 1,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await t.simJson<unknown[]>(`/simulator/citizens/${waId}/inbox`)).toHaveLength(1);
    expect(inbox[0]!.type).toBe('interactive');
    expect(await t.db.message.count({ where: { sourceEventId: envelope.id } })).toBe(1);
  });

  it('when staff hold the conversation, then the reply is dropped; once they hand it back, the next reply is sent', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'mau bicara dengan petugas' });
    const conversation = await t.db.conversation.findFirstOrThrow({ where: { waId } });
    const reply = (text: string) => ({
      id: crypto.randomUUID(),
      type: 'ai.reply.ready' as const,
      occurredAt: new Date().toISOString(),
      correlationId: 'test-takeover-reply',
      villageId: 'desa-sukamaju',
      payload: { conversationId: conversation.id, to: waId, text },
    });
    const takeover = (action: 'start' | 'end') =>
      internalFetch(t.url, `/internal/takeover/${conversation.id}/${action}`, {
        method: 'POST',
        body: JSON.stringify({ adminId: 'admin-1', adminName: 'Bu Rina' }),
      });
    expect((await takeover('start')).status).toBe(200);
    await eventually(async () => t.channel.messaging.isConnected(), Boolean);
    const dropped = reply('balasan bot yang tidak boleh terkirim');
    await t.channel.messaging.publish(dropped);
    await new Promise((r) => setTimeout(r, 700));
    expect(await t.simJson<unknown[]>(`/simulator/citizens/${waId}/inbox`)).toHaveLength(0);
    expect(await t.db.message.count({ where: { sourceEventId: dropped.id } })).toBe(0);

    expect((await takeover('end')).status).toBe(200);
    const sent = reply('balasan bot sesudah petugas selesai');
    await t.channel.messaging.publish(sent);
    const inbox = await eventually(
      () => t.simJson<{ text: string }[]>(`/simulator/citizens/${waId}/inbox`),
      (i) => i.length >= 1,
    );
    expect(inbox.map((m) => m.text)).toEqual(['balasan bot sesudah petugas selesai']);
  });
});

describe('who sent a message', () => {
  /** Reads the live stream until `done` holds for the message events seen so far. */
  async function streamUntil(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    done: (events: Record<string, unknown>[]) => boolean,
  ): Promise<Record<string, unknown>[]> {
    let text = '';
    const events = () =>
      [...text.matchAll(/event: message\ndata: (.*)\n/g)].map(
        (m) => (JSON.parse(m[1]!) as { data: Record<string, unknown> }).data,
      );
    while (!done(events())) text += new TextDecoder().decode((await reader.read()).value);
    return events();
  }

  it('when an officer sends, notification-service sends and the bot replies, then the list and the stream tell the three apart', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'pak, jalan depan rumah rusak' });
    const conversation = await t.db.conversation.findFirstOrThrow({ where: { waId } });
    const controller = new AbortController();
    const stream = await internalFetch(t.url, '/internal/stream?villageId=desa-sukamaju', {
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();

    const res = await send({ to: waId, text: 'Baik, kami cek besok.', adminId: 'u-7', adminName: 'Bu Rina' });
    const told = await send({ to: waId, text: 'Status laporan Anda: diproses.', origin: 'notification' });
    expect(told.status).toBe(200);
    const notification = (await told.json()) as { id: string };
    expect(res.status).toBe(200);
    const staff = (await res.json()) as { id: string; adminId: string | null; adminName: string | null };
    expect(staff).toMatchObject({ adminId: 'u-7', adminName: 'Bu Rina' });

    await eventually(async () => t.channel.messaging.isConnected(), Boolean);
    await t.channel.messaging.publish({
      id: crypto.randomUUID(),
      type: 'ai.reply.ready',
      occurredAt: new Date().toISOString(),
      correlationId: 'test-who-sent',
      villageId: 'desa-sukamaju',
      payload: { conversationId: conversation.id, to: waId, text: 'Terima kasih, laporan dicatat.' },
    });
    const events = await streamUntil(reader, (es) =>
      es.some((e) => e.text === 'Terima kasih, laporan dicatat.' && e.wamid),
    );
    controller.abort();
    const staffEvents = events.filter((e) => e.id === staff.id);
    expect(staffEvents.length).toBeGreaterThan(0);
    for (const e of staffEvents)
      expect(e).toMatchObject({ adminId: 'u-7', adminName: 'Bu Rina', origin: null });
    const notificationEvents = events.filter((e) => e.id === notification.id);
    expect(notificationEvents.length).toBeGreaterThan(0);
    for (const e of notificationEvents) expect(e).toMatchObject({ adminId: null, origin: 'notification' });
    const botEvents = events.filter((e) => e.text === 'Terima kasih, laporan dicatat.');
    for (const e of botEvents) expect(e).toMatchObject({ adminId: null, adminName: null, origin: null });

    const page = (await (
      await internalFetch(t.url, `/internal/messages?conversationId=${conversation.id}`)
    ).json()) as {
      items: {
        direction: string;
        text: string;
        adminId: string | null;
        adminName: string | null;
        origin: string | null;
      }[];
    };
    expect(
      page.items.map(({ direction, text, adminId, adminName, origin }) => ({
        direction,
        text,
        adminId,
        adminName,
        origin,
      })),
    ).toEqual([
      {
        direction: 'outbound',
        text: 'Terima kasih, laporan dicatat.',
        adminId: null,
        adminName: null,
        origin: null,
      },
      {
        direction: 'outbound',
        text: 'Status laporan Anda: diproses.',
        adminId: null,
        adminName: null,
        origin: 'notification',
      },
      {
        direction: 'outbound',
        text: 'Baik, kami cek besok.',
        adminId: 'u-7',
        adminName: 'Bu Rina',
        origin: null,
      },
      {
        direction: 'inbound',
        text: 'pak, jalan depan rumah rusak',
        adminId: null,
        adminName: null,
        origin: null,
      },
    ]);
  });

  it('when an origin comes with a staff member or is not one the service knows, then it is 400', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    const both = await send({ to: waId, text: 'dari siapa?', adminId: 'u-7', origin: 'notification' });
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ errors: [{ field: 'body.origin' }] });
    const unknown = await send({ to: waId, text: 'dari siapa?', origin: 'robot' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ field: 'body.origin' }] });
  });

  it('when adminName comes without adminId, then it is 400', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tes' });
    const res = await send({ to: waId, text: 'siapa saya?', adminName: 'Bu Rina' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'body.adminName' }] });
  });
});
