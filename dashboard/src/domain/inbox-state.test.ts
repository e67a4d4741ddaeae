import { describe, expect, it } from 'vitest';
import {
  applyToConversations,
  applyToMessages,
  catchUp,
  lastMessagePreview,
  senderLabel,
  sortConversations,
  type InboxConversation,
  type LastMessage,
  type LiveEvent,
} from './inbox-state.ts';

const conv = (id: string, over: Partial<InboxConversation> = {}): InboxConversation => ({
  id,
  waId: '628100000000',
  profileName: null,
  status: 'bot',
  unreadCount: 0,
  lastMessageAt: '2026-11-22T01:00:00.000Z',
  lastMessage: null,
  handoffReason: null,
  takeoverAdminId: null,
  takeoverAdminName: null,
  ...over,
});
const ev = (kind: LiveEvent['kind'], conversationId: string, data: Record<string, unknown>): LiveEvent => ({
  kind,
  villageId: 'desa-a',
  conversationId,
  data,
});

describe('the live inbox state', () => {
  it('when a citizen writes in a conversation that is not open, then it moves up with one more unread', () => {
    const list = [conv('a', { lastMessageAt: '2026-11-22T02:00:00Z' }), conv('b')];
    const r = applyToConversations(
      list,
      ev('message', 'b', { id: 'm1', direction: 'inbound', text: 'halo', sentAt: '2026-11-22T03:00:00Z' }),
      null,
    );
    expect(r.unknown).toBe(false);
    expect(r.list.map((c) => c.id)).toEqual(['b', 'a']);
    expect(r.list[0]).toMatchObject({
      unreadCount: 1,
      lastMessageAt: '2026-11-22T03:00:00Z',
      lastMessage: { direction: 'inbound', type: 'text', text: 'halo', adminId: null },
    });
  });

  it('when a message is streamed, then it replaces the preview the list came with, and a later one replaces it again', () => {
    const listed: LastMessage = {
      direction: 'inbound',
      type: 'text',
      text: 'jalan rusak',
      sentAt: '2026-11-22T01:00:00.000Z',
      adminId: null,
      adminName: null,
    };
    let list = [conv('a', { lastMessage: listed })];
    list = applyToConversations(
      list,
      ev('message', 'a', {
        id: 'o1',
        direction: 'outbound',
        type: 'text',
        text: 'Baik, kami cek.',
        status: 'pending',
        adminId: 'u-7',
        adminName: 'Bu Rina',
        sentAt: '2026-11-22T01:05:00.000Z',
      }),
      'a',
    ).list;
    expect(list[0]!.lastMessage).toEqual({
      direction: 'outbound',
      type: 'text',
      text: 'Baik, kami cek.',
      sentAt: '2026-11-22T01:05:00.000Z',
      adminId: 'u-7',
      adminName: 'Bu Rina',
      origin: null,
    });
    list = applyToConversations(
      list,
      ev('message', 'a', {
        id: 'i2',
        direction: 'inbound',
        type: 'image',
        sentAt: '2026-11-22T01:06:00.000Z',
      }),
      'a',
    ).list;
    expect(list[0]!.lastMessage).toMatchObject({ direction: 'inbound', type: 'image', text: null });
    expect(list[0]!.lastMessageAt).toBe('2026-11-22T01:06:00.000Z');
  });

  it('when an older message is streamed again (WhatsApp accepted it late), then the newer preview and time stay', () => {
    const newest: LastMessage = {
      direction: 'inbound',
      type: 'text',
      text: 'terima kasih',
      sentAt: '2026-11-22T02:00:00.000Z',
      adminId: null,
      adminName: null,
    };
    const r = applyToConversations(
      [conv('a', { lastMessage: newest, lastMessageAt: newest.sentAt })],
      ev('message', 'a', {
        id: 'o1',
        direction: 'outbound',
        text: 'Sudah kami perbaiki',
        status: 'sent',
        sentAt: '2026-11-22T01:59:00.000Z',
      }),
      'a',
    );
    expect(r.list[0]).toMatchObject({ lastMessage: newest, lastMessageAt: newest.sentAt });
  });

  it('when the message is in the open conversation or an outbound one, then unread does not grow', () => {
    const open = applyToConversations(
      [conv('a')],
      ev('message', 'a', { id: 'm', direction: 'inbound' }),
      'a',
    );
    const out = applyToConversations(
      [conv('a')],
      ev('message', 'a', { id: 'm', direction: 'outbound' }),
      null,
    );
    expect(open.list[0]!.unreadCount).toBe(0);
    expect(out.list[0]!.unreadCount).toBe(0);
  });

  it('when an event names a conversation the list does not have, then the caller is told to reload', () => {
    expect(applyToConversations([conv('a')], ev('message', 'zz', { id: 'm' }), null).unknown).toBe(true);
    expect(applyToConversations([conv('a')], ev('status', 'zz', { wamid: 'w' }), null).unknown).toBe(false);
  });

  it('when a reloaded list was read before a handoff streamed meanwhile, then the handoff stays', () => {
    // The server read the list before the handoff; the stream delivered it while the reload was in flight.
    const reloaded = [conv('a', { lastMessageAt: '2026-11-22T02:00:00Z' }), conv('b')];
    const meanwhile = [
      ev('conversation', 'b', { status: 'handoff_requested', handoffReason: 'citizen_asked' }),
    ];
    const list = catchUp(reloaded, meanwhile, null);
    expect(list[0]).toMatchObject({ id: 'b', status: 'handoff_requested', handoffReason: 'citizen_asked' });
    expect(catchUp(reloaded, [], null)).toEqual(reloaded);
  });

  it('when a handoff is requested, then that conversation goes to the top whatever its age', () => {
    const list = [conv('new', { lastMessageAt: '2026-11-22T05:00:00Z' }), conv('old')];
    const r = applyToConversations(
      list,
      ev('conversation', 'old', { status: 'handoff_requested', handoffReason: 'citizen_asked' }),
      null,
    );
    expect(r.list[0]).toMatchObject({
      id: 'old',
      status: 'handoff_requested',
      handoffReason: 'citizen_asked',
    });
  });

  it('when a takeover starts and ends, then the holder is set, unread cleared, and both cleared on hand-back', () => {
    const taken = applyToConversations(
      [conv('a', { unreadCount: 4 })],
      ev('conversation', 'a', { status: 'takeover', takeover: { adminId: 'u1', adminName: 'Bu Rina' } }),
      null,
    ).list;
    expect(taken[0]).toMatchObject({ takeoverAdminId: 'u1', takeoverAdminName: 'Bu Rina', unreadCount: 0 });
    const back = applyToConversations(
      taken,
      ev('conversation', 'a', { status: 'bot', takeover: null }),
      null,
    ).list;
    expect(back[0]).toMatchObject({ status: 'bot', takeoverAdminId: null, takeoverAdminName: null });
  });

  it('when the same message is streamed twice (claimed, then accepted), then it appears once with the later wamid', () => {
    let msgs = applyToMessages(
      [],
      ev('message', 'a', {
        id: 'o1',
        direction: 'outbound',
        text: 'ok',
        status: 'pending',
        wamid: null,
        sentAt: '2026-11-22T01:00:00Z',
      }),
    );
    msgs = applyToMessages(
      msgs,
      ev('message', 'a', { id: 'o1', direction: 'outbound', status: 'sent', wamid: 'w1' }),
    );
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ status: 'sent', wamid: 'w1', text: 'ok' });
    msgs = applyToMessages(msgs, ev('status', 'a', { wamid: 'w1', status: 'read' }));
    expect(msgs[0]!.status).toBe('read');
  });

  it('when an officer’s message, a bot reply and a notification are streamed, then each names its sender', () => {
    let msgs = applyToMessages(
      [],
      ev('message', 'a', {
        id: 'o1',
        direction: 'outbound',
        text: 'Baik, kami cek.',
        adminId: 'u-7',
        adminName: 'Bu Rina',
        sentAt: '2026-11-22T01:00:00Z',
      }),
    );
    msgs = applyToMessages(
      msgs,
      ev('message', 'a', {
        id: 'o2',
        direction: 'outbound',
        text: 'Terima kasih.',
        adminId: null,
        adminName: null,
        sentAt: '2026-11-22T01:01:00Z',
      }),
    );
    expect(msgs.map(senderLabel)).toEqual(['Bu Rina', 'Bot']);
    msgs = applyToMessages(
      msgs,
      ev('message', 'a', {
        id: 'o3',
        direction: 'outbound',
        text: 'Laporan Anda sedang diproses.',
        adminId: null,
        adminName: null,
        origin: 'notification',
        sentAt: '2026-11-22T01:02:00Z',
      }),
    );
    expect(msgs.map(senderLabel)).toEqual(['Bu Rina', 'Bot', 'Notifikasi']);
  });

  it('when a message is the citizen’s, or an officer without a name, then the label says so', () => {
    expect(senderLabel({ direction: 'inbound', adminId: null, adminName: null })).toBeNull();
    expect(senderLabel({ direction: 'outbound', adminId: 'u-9', adminName: null })).toBe('Petugas');
    expect(senderLabel({ direction: 'outbound' })).toBe('Bot');
  });

  it('when a photo finishes downloading, then its message shows it; an update of an unloaded message adds nothing', () => {
    let msgs = applyToMessages(
      [],
      ev('message', 'a', {
        id: 'p1',
        direction: 'inbound',
        type: 'image',
        sentAt: '2026-11-22T01:00:00Z',
        media: { id: 'md1', kind: 'image', status: 'pending', mimeType: 'image/jpeg' },
      }),
    );
    const stored = { id: 'md1', kind: 'image', status: 'stored', mimeType: 'image/jpeg' };
    msgs = applyToMessages(msgs, ev('message', 'a', { id: 'p1', media: stored }));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ id: 'p1', direction: 'inbound', media: stored });
    expect(applyToMessages(msgs, ev('message', 'a', { id: 'p2', media: stored }))).toEqual(msgs);
  });

  it('when messages arrive out of order, then the chat stays in time order', () => {
    let msgs = applyToMessages([], ev('message', 'a', { id: '2', sentAt: '2026-11-22T02:00:00Z' }));
    msgs = applyToMessages(msgs, ev('message', 'a', { id: '1', sentAt: '2026-11-22T01:00:00Z' }));
    expect(msgs.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('when conversations are sorted, then handoffs, then takeovers, then the rest by latest message', () => {
    const sorted = sortConversations([
      conv('bot-new', { lastMessageAt: '2026-11-22T09:00:00Z' }),
      conv('take', { status: 'takeover' }),
      conv('hand', { status: 'handoff_requested', lastMessageAt: '2026-11-01T00:00:00Z' }),
      conv('bot-old'),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['hand', 'take', 'bot-new', 'bot-old']);
  });

  it('when the newest message is previewed, then the village’s side names its sender and what is not text says its type', () => {
    const m = (over: Partial<LastMessage>): LastMessage => ({
      direction: 'outbound',
      type: 'text',
      text: 'Baik, kami cek.',
      sentAt: '2026-11-22T01:00:00.000Z',
      adminId: null,
      adminName: null,
      ...over,
    });
    expect(lastMessagePreview(m({ adminId: 'me', adminName: 'Bu Rina' }), 'me')).toBe(
      'Anda: Baik, kami cek.',
    );
    expect(lastMessagePreview(m({ adminId: 'u-2', adminName: 'Pak Joko' }), 'me')).toBe(
      'Pak Joko: Baik, kami cek.',
    );
    expect(lastMessagePreview(m({}), 'me')).toBe('Bot: Baik, kami cek.');
    expect(lastMessagePreview(m({ origin: 'notification' }), 'me')).toBe('Notifikasi: Baik, kami cek.');
    expect(lastMessagePreview(m({ direction: 'inbound', text: 'halo\n  pak' }), 'me')).toBe('halo pak');
    expect(lastMessagePreview(m({ direction: 'inbound', type: 'image', text: null }), 'me')).toBe('[foto]');
    expect(lastMessagePreview(m({ direction: 'inbound', type: 'location', text: 'Balai desa' }), 'me')).toBe(
      '[lokasi] Balai desa',
    );
    expect(lastMessagePreview(m({ direction: 'inbound', type: 'button', text: 'Cek status' }), 'me')).toBe(
      'Cek status',
    );
    expect(lastMessagePreview(m({ direction: 'inbound', type: 'poll', text: null }), 'me')).toBe('[pesan]');
    expect(lastMessagePreview(null, 'me')).toBeNull();
  });

  it('when the newest message is long, then the preview is cut with an ellipsis', () => {
    const text = 'jalan '.repeat(60);
    const preview = lastMessagePreview(
      {
        direction: 'inbound',
        type: 'text',
        text,
        sentAt: '2026-11-22T01:00:00.000Z',
        adminId: null,
        adminName: null,
      },
      'me',
    )!;
    expect(preview.length).toBeLessThanOrEqual(120);
    expect(preview.endsWith('…')).toBe(true);
    expect(text.startsWith(preview.slice(0, -1))).toBe(true);
  });
});
