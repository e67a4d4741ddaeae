// Conversations end to end with the simulator: batching of quick bubbles into one event, takeover
// (held from the AI, events, idle expiry), handoff, the live stream, reads, and the fallback template.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@govconnect/contracts';
import { internalFetch } from './channel-harness.ts';
import { eventually, startWithSimulator, type WithSimulator } from './with-simulator.ts';

let t: WithSimulator;
let n = 0;
const citizen = () => `62813770${String(++n).padStart(5, '0')}`;

beforeAll(async () => {
  t = await startWithSimulator('conversations', {
    BATCH_WINDOW_MS: '2000',
    BATCH_FLUSH_INTERVAL_MS: '50',
    TAKEOVER_IDLE_MS: '4000',
    FALLBACK_TEMPLATE_NAME: 'sapaan_ulang',
  });
});
afterAll(async () => {
  await t?.stop();
});

const received = async (conversationId: string) =>
  (
    await t.db.outboxEvent.findMany({
      where: { type: 'whatsapp.message.received' },
      orderBy: { createdAt: 'asc' },
    })
  )
    .map((e) => e.envelope as unknown as EventEnvelope<'whatsapp.message.received'>)
    .filter((e) => e.payload.conversationId === conversationId);
const conversationOf = (waId: string) => t.db.conversation.findFirstOrThrow({ where: { waId } });
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

describe('batching', () => {
  it('when a citizen sends three bubbles within the window, then one whatsapp.message.received carries all three, in order', async () => {
    const waId = citizen();
    for (const text of ['pak', 'jalan depan rumah', 'rusak parah'])
      await t.citizenSays(waId, { text, name: 'Siti' });
    await t.citizenSays(waId, {
      location: { latitude: -6.2, longitude: 106.8, name: 'Gang Mawar' },
      name: 'Siti',
    });
    const c = await conversationOf(waId);
    const events = await eventually(
      () => received(c.id),
      (e) => e.length > 0,
    );
    await new Promise((r) => setTimeout(r, 2200));
    expect(await received(c.id)).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ waId, profileName: 'Siti' });
    expect(events[0]!.payload.messages.map((m) => m.text)).toEqual([
      'pak',
      'jalan depan rumah',
      'rusak parah',
      'Gang Mawar',
    ]);
    expect(events[0]!.payload.messages[3]).toMatchObject({
      type: 'location',
      location: { latitude: -6.2, longitude: 106.8 },
    });
    expect(await t.db.message.count({ where: { conversationId: c.id, status: 'dispatched' } })).toBe(4);
    expect(await t.db.pendingBatch.count({ where: { conversationId: c.id } })).toBe(0);
  });

  it('when messages come after the window closed, then they form a second batch', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'satu' });
    const c = await conversationOf(waId);
    await eventually(
      () => received(c.id),
      (e) => e.length === 1,
    );
    await t.citizenSays(waId, { text: 'dua' });
    const events = await eventually(
      () => received(c.id),
      (e) => e.length === 2,
    );
    expect(events.map((e) => e.payload.messages.map((m) => m.text))).toEqual([['satu'], ['dua']]);
  });
});

describe('redeliveries', () => {
  it('when Meta delivers every webhook three extra times, then each message is stored once and batched once', async () => {
    await fetch(`${t.sim.url}/simulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ webhook: { duplicates: 3 } }),
    });
    try {
      const waId = citizen();
      const { wamid } = await t.citizenSays(waId, { text: 'sekali saja' });
      const c = await conversationOf(waId);
      const events = await eventually(
        () => received(c.id),
        (e) => e.length > 0,
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(await t.db.message.count({ where: { wamid } })).toBe(1);
      expect((await conversationOf(waId)).unreadCount).toBe(1);
      expect(events).toHaveLength(1);
    } finally {
      await fetch(`${t.sim.url}/simulator/faults`, { method: 'DELETE' });
    }
  });
});

describe('takeover', () => {
  it('when staff take over, then inbound messages are stored but not sent to the AI, and start/end are published', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'tolong' });
    const c = await conversationOf(waId);
    await eventually(
      () => received(c.id),
      (e) => e.length === 1,
    );

    const started = await internalFetch(t.url, `/internal/takeover/${c.id}/start`, {
      method: 'POST',
      body: JSON.stringify({ adminId: 'admin-1', adminName: 'Bu Rina', reason: 'warga minta petugas' }),
    });
    expect(started.status).toBe(200);
    expect(await json(internalFetch(t.url, `/internal/takeover/${c.id}/status`))).toMatchObject({
      status: 'takeover',
      takeover: { adminId: 'admin-1', adminName: 'Bu Rina' },
    });
    const other = await internalFetch(t.url, `/internal/takeover/${c.id}/start`, {
      method: 'POST',
      body: JSON.stringify({ adminId: 'admin-2', adminName: 'Pak Joko' }),
    });
    expect(other.status).toBe(409);

    const { wamid } = await t.citizenSays(waId, { text: 'masih di sana?' });
    await new Promise((r) => setTimeout(r, 2300));
    expect((await t.db.message.findUniqueOrThrow({ where: { wamid } })).status).toBe('held');
    expect(await received(c.id)).toHaveLength(1);

    const staff = await internalFetch(t.url, '/internal/messages/send', {
      method: 'POST',
      body: JSON.stringify({
        villageId: 'desa-sukamaju',
        to: waId,
        text: 'Ya, saya Rina',
        adminId: 'admin-1',
      }),
    });
    expect(staff.status).toBe(200);

    expect(
      (
        await internalFetch(t.url, `/internal/takeover/${c.id}/end`, {
          method: 'POST',
          body: JSON.stringify({ adminId: 'admin-1' }),
        })
      ).status,
    ).toBe(200);
    expect((await conversationOf(waId)).status).toBe('bot');
    const types = (
      await t.db.outboxEvent.findMany({ where: { type: { startsWith: 'conversation.takeover' } } })
    )
      .filter((e) => (e.envelope as { payload: { conversationId: string } }).payload.conversationId === c.id)
      .map((e) => e.type);
    expect(types).toEqual(['conversation.takeover.started', 'conversation.takeover.ended']);
    expect(
      (await internalFetch(t.url, `/internal/takeover/${c.id}/end`, { method: 'POST', body: '{}' })).status,
    ).toBe(409);
  });

  it('when a takeover sees no staff activity for the idle time, then it ends by itself and says so', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'halo' });
    const c = await conversationOf(waId);
    await internalFetch(t.url, `/internal/takeover/${c.id}/start`, {
      method: 'POST',
      body: JSON.stringify({ adminId: 'admin-3', adminName: 'Pak Andi' }),
    });
    const ended = await eventually(
      () => conversationOf(waId),
      (x) => x.status === 'bot',
      12_000,
    );
    expect(ended.status).toBe('bot');
    expect(
      await t.db.outboxEvent.count({ where: { type: 'conversation.takeover.ended' } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('when the takeover routes get an unknown or malformed id, then 404 and 400', async () => {
    expect((await internalFetch(t.url, `/internal/takeover/${crypto.randomUUID()}/status`)).status).toBe(404);
    expect((await internalFetch(t.url, `/internal/takeover/nope/status`)).status).toBe(400);
  });
});

describe('handoff', () => {
  it('when the AI asks for a human, then the conversation waits for one', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'mau bicara dengan petugas' });
    const c = await conversationOf(waId);
    await t.channel.messaging.publish({
      id: crypto.randomUUID(),
      type: 'conversation.handoff.requested',
      occurredAt: new Date().toISOString(),
      correlationId: 'test-handoff',
      villageId: 'desa-sukamaju',
      payload: { conversationId: c.id, reason: 'citizen_asked' },
    });
    expect(
      (
        await eventually(
          () => conversationOf(waId),
          (x) => x.status === 'handoff_requested',
        )
      ).status,
    ).toBe('handoff_requested');
  });
});

describe('GET /internal/stream', () => {
  it('when a citizen writes, then a dashboard subscribed to the village gets the message pushed, and another village’s does not', async () => {
    const controller = new AbortController();
    const others = new AbortController();
    const res = await internalFetch(t.url, '/internal/stream?villageId=desa-sukamaju', {
      signal: controller.signal,
    });
    const other = await internalFetch(t.url, '/internal/stream?villageId=desa-lain', {
      signal: others.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const otherReader = other.body!.getReader();
    const waId = citizen();
    const { wamid } = await t.citizenSays(waId, { text: 'siaran langsung' });
    let text = '';
    while (!text.includes(wamid)) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: message');
    const otherText = new TextDecoder().decode((await otherReader.read()).value);
    expect(otherText).not.toContain(wamid);
    controller.abort();
    others.abort();
  });
});

describe('reads', () => {
  it('when conversations are listed by search, unread and pages, then each filter applies and pages never overlap', async () => {
    const waId = citizen();
    await t.citizenSays(waId, { text: 'cari saya', name: 'Wayan Unik' });
    const found = await json<{ items: { waId: string; unreadCount: number }[] }>(
      internalFetch(t.url, '/internal/conversations?villageId=desa-sukamaju&search=wayan%20uni'),
    );
    expect(found.items.map((c) => c.waId)).toEqual([waId]);
    expect(
      (
        await json<{ items: unknown[] }>(
          internalFetch(t.url, `/internal/conversations?villageId=desa-sukamaju&search=${waId.slice(-6)}`),
        )
      ).items,
    ).toHaveLength(1);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await json(
        internalFetch(
          t.url,
          `/internal/conversations?villageId=desa-sukamaju&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        ),
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await t.db.conversation.count({ where: { villageId: 'desa-sukamaju' } }));
    const unread = await json<{ items: { unreadCount: number }[] }>(
      internalFetch(t.url, '/internal/conversations?villageId=desa-sukamaju&unread=true&limit=200'),
    );
    expect(unread.items.every((c) => c.unreadCount > 0)).toBe(true);
  });

  it('when conversations are listed, then each carries its newest message (text or type, and who sent it), or null without one', async () => {
    const waId = citizen();
    type Row = { waId: string; lastMessageAt: string; lastMessage: Record<string, unknown> | null };
    const row = async (w: string) =>
      (
        await json<{ items: Row[] }>(
          internalFetch(t.url, `/internal/conversations?villageId=desa-sukamaju&search=${w}`),
        )
      ).items[0]!;
    await t.citizenSays(waId, { text: 'jalan berlubang', name: 'Dewi' });
    expect((await row(waId)).lastMessage).toMatchObject({
      direction: 'inbound',
      type: 'text',
      text: 'jalan berlubang',
      adminId: null,
      adminName: null,
    });
    // Another citizen: Meta dates inbound messages to the second, and two in the same second tie.
    const photographer = citizen();
    await t.citizenSays(photographer, { image: {} });
    expect((await row(photographer)).lastMessage).toMatchObject({
      direction: 'inbound',
      type: 'image',
      text: null,
    });
    const sent = await internalFetch(t.url, '/internal/messages/send', {
      method: 'POST',
      body: JSON.stringify({
        villageId: 'desa-sukamaju',
        to: waId,
        text: 'Segera kami cek',
        adminId: 'admin-9',
        adminName: 'Pak Joko',
      }),
    });
    expect(sent.status).toBe(200);
    const latest = await row(waId);
    expect(latest.lastMessage).toEqual({
      direction: 'outbound',
      type: 'text',
      text: 'Segera kami cek',
      sentAt: latest.lastMessageAt,
      adminId: 'admin-9',
      adminName: 'Pak Joko',
      origin: null,
    });
    // notification-service's message names its origin in the preview too.
    const told = await internalFetch(t.url, '/internal/messages/send', {
      method: 'POST',
      body: JSON.stringify({
        villageId: 'desa-sukamaju',
        to: waId,
        text: 'Laporan Anda diproses',
        origin: 'notification',
      }),
    });
    expect(told.status).toBe(200);
    expect((await row(waId)).lastMessage).toMatchObject({
      text: 'Laporan Anda diproses',
      adminId: null,
      origin: 'notification',
    });

    const silent = citizen();
    await t.db.conversation.create({
      data: { id: crypto.randomUUID(), villageId: 'desa-sukamaju', waId: silent },
    });
    expect((await row(silent)).lastMessage).toBeNull();
  });

  it('when a conversation’s messages are paged, then all of them come back newest first, none twice', async () => {
    const waId = citizen();
    for (let i = 0; i < 5; i++) await t.citizenSays(waId, { text: `pesan ${i}` });
    const c = await conversationOf(waId);
    const texts: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { text: string }[]; nextCursor: string | null } = await json(
        internalFetch(
          t.url,
          `/internal/messages?conversationId=${c.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        ),
      );
      texts.push(...page.items.map((m) => m.text));
      cursor = page.nextCursor;
    } while (cursor);
    expect(texts).toHaveLength(5);
    expect(new Set(texts).size).toBe(5);
    expect(
      (await internalFetch(t.url, `/internal/messages?conversationId=${c.id}&cursor=garbage`)).status,
    ).toBe(400);
  });
});

describe('the 24-hour window with a fallback template', () => {
  it('when a citizen never wrote, then the configured template is sent instead of the text', async () => {
    const waId = citizen();
    const res = await internalFetch(t.url, '/internal/messages/send', {
      method: 'POST',
      body: JSON.stringify({ villageId: 'desa-sukamaju', to: waId, text: 'di luar jendela' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: 'template' });
    const sent =
      await t.simJson<{ body: { to: string; type: string; template?: { name: string } } }[]>(
        '/simulator/sent',
      );
    expect(sent.find((s) => s.body.to === waId)?.body).toMatchObject({
      type: 'template',
      template: { name: 'sapaan_ulang' },
    });
  });
});
