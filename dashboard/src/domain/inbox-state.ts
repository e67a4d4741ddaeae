// The live inbox's state and how each event of channel-service's stream changes it. Pure, so the
// browser's inbox and the unit tests share it.
export type ConversationStatus = 'bot' | 'takeover' | 'handoff_requested';

/** A conversation's newest message as channel-service's list gives it (and the stream then replaces). */
export interface LastMessage {
  direction: 'inbound' | 'outbound';
  type: string;
  /** Null for media without a caption, stickers and the like: the type says what it was. */
  text: string | null;
  sentAt: string;
  /** Outbound: the officer who sent it; both null for the bot (and for the citizen's messages). */
  adminId: string | null;
  adminName: string | null;
  /** Outbound without an officer: 'notification' for a complaint notification, null for the bot. */
  origin?: string | null;
}

export interface InboxConversation {
  id: string;
  waId: string;
  profileName: string | null;
  status: ConversationStatus;
  unreadCount: number;
  lastMessageAt: string | null;
  lastMessage: LastMessage | null;
  handoffReason: string | null;
  takeoverAdminId: string | null;
  takeoverAdminName: string | null;
}

export interface InboxMessage {
  id: string;
  wamid?: string | null;
  direction: 'inbound' | 'outbound';
  type: string;
  text: string | null;
  status: string | null;
  sentAt: string;
  media?: { id: string; kind: string; status: string; mimeType: string | null } | null;
  /** Outbound: the officer who sent it; null for the bot. */
  adminId?: string | null;
  adminName?: string | null;
  /** Outbound without an officer: 'notification' for a complaint notification, null for the bot. */
  origin?: string | null;
}

export interface LiveEvent {
  kind: 'message' | 'status' | 'conversation';
  villageId: string;
  conversationId: string;
  data: Record<string, unknown>;
}

export const STATUS_ORDER: Record<ConversationStatus, number> = { handoff_requested: 0, takeover: 1, bot: 2 };

/** Handoff requests first (they must not be missed), then by the latest message. */
export function sortConversations(list: InboxConversation[]): InboxConversation[] {
  return [...list].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? ''),
  );
}

/**
 * Applies one stream event to the conversation list. Returns the new list and whether the event
 * names a conversation the list does not know yet (the caller then reloads the list once).
 */
export function applyToConversations(
  list: InboxConversation[],
  event: LiveEvent,
  openConversationId: string | null,
): { list: InboxConversation[]; unknown: boolean } {
  const index = list.findIndex((c) => c.id === event.conversationId);
  if (index < 0) return { list, unknown: event.kind !== 'status' };
  const current = list[index]!;
  let next: InboxConversation = current;
  if (event.kind === 'message') {
    const d = event.data;
    const inbound = d.direction === 'inbound';
    const streamed = lastMessageOf(d);
    // An outbound message is streamed again when WhatsApp accepts or refuses it, possibly after newer
    // ones: the preview and the time only move forward.
    const newer = streamed && !isBefore(streamed.sentAt, current.lastMessage?.sentAt);
    next = {
      ...current,
      lastMessageAt:
        streamed && !isBefore(streamed.sentAt, current.lastMessageAt)
          ? streamed.sentAt
          : current.lastMessageAt,
      lastMessage: newer ? streamed : current.lastMessage,
      unreadCount:
        inbound && current.status !== 'takeover' && openConversationId !== current.id
          ? current.unreadCount + 1
          : current.unreadCount,
    };
  } else if (event.kind === 'conversation') {
    const d = event.data;
    const status = d.status as ConversationStatus | undefined;
    const takeover = (d.takeover ?? null) as { adminId?: string; adminName?: string } | null;
    next = {
      ...current,
      ...(status ? { status } : {}),
      handoffReason: status === 'handoff_requested' ? ((d.handoffReason as string | null) ?? null) : null,
      takeoverAdminId: status === 'takeover' ? (takeover?.adminId ?? null) : null,
      takeoverAdminName: status === 'takeover' ? (takeover?.adminName ?? null) : null,
      unreadCount: status === 'takeover' ? 0 : current.unreadCount,
    };
  }
  const copy = [...list];
  copy[index] = next;
  return { list: sortConversations(copy), unknown: false };
}

/**
 * A reloaded list brought up to date: the stream events that arrived while it loaded are applied on
 * top, since the server may have read it before them (a handoff requested meanwhile must not vanish).
 * A message the server already counted may count once more as unread: visible rather than hidden.
 */
export function catchUp(
  list: InboxConversation[],
  events: readonly LiveEvent[],
  openConversationId: string | null,
): InboxConversation[] {
  return events.reduce((acc, e) => applyToConversations(acc, e, openConversationId).list, list);
}

/** Whether instant `a` is before `b` (ISO strings, not always written alike); nothing is before a missing `b`. */
function isBefore(a: string, b: string | null | undefined): boolean {
  return b ? Date.parse(a) < Date.parse(b) : false;
}

/** The preview a streamed message makes; null when the event does not say when it was sent. */
function lastMessageOf(d: Record<string, unknown>): LastMessage | null {
  if (typeof d.sentAt !== 'string') return null;
  const outbound = d.direction === 'outbound';
  return {
    direction: outbound ? 'outbound' : 'inbound',
    type: typeof d.type === 'string' ? d.type : 'text',
    text: typeof d.text === 'string' ? d.text : null,
    sentAt: d.sentAt,
    adminId: outbound && typeof d.adminId === 'string' ? d.adminId : null,
    adminName: outbound && typeof d.adminName === 'string' ? d.adminName : null,
    origin: outbound && typeof d.origin === 'string' ? d.origin : null,
  };
}

/** Applies a stream event to the open chat's messages (new ones appended once, statuses updated). */
export function applyToMessages(messages: InboxMessage[], event: LiveEvent): InboxMessage[] {
  const d = event.data;
  if (event.kind === 'message') {
    const id = String(d.id ?? '');
    if (!id) return messages;
    const known = messages.findIndex((m) => m.id === id);
    if (known >= 0) {
      // An outbound message is streamed when claimed and again once WhatsApp accepted it (with its wamid).
      const copy = [...messages];
      const m = copy[known]!;
      // Media is streamed again once channel-service has stored it (or given up).
      copy[known] = {
        ...m,
        wamid: (d.wamid as string | null | undefined) ?? m.wamid ?? null,
        status: (d.status as string | null | undefined) ?? m.status,
        media: (d.media as InboxMessage['media'] | undefined) ?? m.media,
      };
      return copy;
    }
    // An update of a message this chat has not loaded (it carries no time): the history has it.
    if (typeof d.sentAt !== 'string') return messages;
    const message: InboxMessage = {
      id,
      wamid: (d.wamid as string | null) ?? null,
      direction: d.direction === 'outbound' ? 'outbound' : 'inbound',
      type: String(d.type ?? 'text'),
      text: (d.text as string | null) ?? null,
      status: (d.status as string | null) ?? null,
      sentAt: String(d.sentAt ?? new Date().toISOString()),
      adminId: (d.adminId as string | null | undefined) ?? null,
      adminName: (d.adminName as string | null | undefined) ?? null,
      origin: (d.origin as string | null | undefined) ?? null,
    };
    return [...messages, message].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }
  if (event.kind === 'status') {
    const wamid = d.wamid as string | undefined;
    const status = d.status as string | undefined;
    if (!wamid || !status) return messages;
    return messages.map((m) => (m.wamid === wamid ? { ...m, status } : m));
  }
  return messages;
}

/**
 * Who sent an outbound message, for the line under its bubble: the officer, a complaint notification,
 * or the bot when neither is named (channel-service stores no officer on the bot's replies). Null for
 * the citizen's.
 */
export function senderLabel(
  m: Pick<InboxMessage, 'direction' | 'adminId' | 'adminName' | 'origin'>,
): string | null {
  if (m.direction !== 'outbound') return null;
  if (!m.adminId) return m.origin === 'notification' ? 'Notifikasi' : 'Bot';
  return m.adminName?.trim() || 'Petugas';
}

const TYPE_LABELS: Record<string, string> = {
  image: 'foto',
  video: 'video',
  audio: 'pesan suara',
  document: 'dokumen',
  sticker: 'stiker',
  location: 'lokasi',
  contacts: 'kontak',
  reaction: 'reaksi',
  template: 'templat',
  interactive: 'pilihan',
  order: 'pesanan',
  revoke: 'pesan dihapus',
  edit: 'pesan diubah',
  unsupported: 'pesan tidak didukung',
};

/** How many characters of a preview are kept; the list cuts the line to its width anyway. */
const PREVIEW_CHARS = 120;

/**
 * The conversation list's one-line preview of the newest message: "Anda: ...", "Bot: ..." or the
 * officer's name before the village's messages, "[foto]", "[lokasi] Balai desa" and the like for what
 * is not plain text. Null without a message.
 */
export function lastMessagePreview(m: LastMessage | null, meId: string): string | null {
  if (!m) return null;
  const label = m.type === 'text' ? null : (TYPE_LABELS[m.type] ?? (m.text ? null : 'pesan'));
  const text = m.text?.replace(/\s+/g, ' ').trim() ?? '';
  const body = [label && `[${label}]`, text].filter(Boolean).join(' ') || '[pesan]';
  const sender = m.direction === 'outbound' && m.adminId === meId ? 'Anda' : senderLabel(m);
  const line = sender ? `${sender}: ${body}` : body;
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : line;
}

export function displayName(c: Pick<InboxConversation, 'profileName' | 'waId'>): string {
  return c.profileName?.trim() || `+${c.waId}`;
}

const HANDOFF_REASONS: Record<string, string> = {
  citizen_asked: 'warga meminta dilayani petugas',
  bot_stuck: 'bot tidak dapat menjawab',
};

export function handoffReasonLabel(reason: string | null): string | null {
  return reason ? (HANDOFF_REASONS[reason] ?? reason) : null;
}

export const CONVERSATION_STATUS_LABELS: Record<ConversationStatus, string> = {
  bot: 'Dilayani bot',
  takeover: 'Diambil alih',
  handoff_requested: 'Minta petugas',
};
