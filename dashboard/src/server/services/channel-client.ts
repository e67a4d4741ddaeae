// channel-service's internal API as the dashboard uses it. Conversation routes of the channel are keyed
// by conversation id only, so `conversationInVillage` checks the owner before anything else is done.
import type { StaffResponse } from '../../domain/analytics.ts';
import type { LastMessage } from '../../domain/inbox-state.ts';
import type { VillageProfile } from '../../domain/village-settings.ts';
import { serviceJson } from './internal-fetch.ts';

export interface Conversation {
  id: string;
  villageId: string;
  waId: string;
  profileName: string | null;
  status: 'bot' | 'takeover' | 'handoff_requested';
  unreadCount: number;
  lastInboundAt: string | null;
  lastMessageAt: string | null;
  handoffReason: string | null;
  takeoverAdminId: string | null;
  takeoverAdminName: string | null;
  /** The newest message (null for a conversation without one). */
  lastMessage: LastMessage | null;
}

export interface TakeoverState {
  conversationId: string;
  villageId: string;
  status: Conversation['status'];
  takeover: { adminId: string; adminName: string; startedAt: string | null; expiresAt: string | null } | null;
}

export interface ChatMessage {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  type: string;
  text: string | null;
  status: string | null;
  sentAt: string;
  content?: unknown;
  media?: { id: string; kind: string; status: string; mimeType: string | null } | null;
  /** Outbound: the officer who sent it; null for the bot's replies (and inbound messages). */
  adminId: string | null;
  adminName: string | null;
  /** Outbound without an officer: 'notification' for a complaint notification, null for the bot. */
  origin: string | null;
}

const enc = encodeURIComponent;

export const channelClient = {
  conversations(villageId: string, q: { status?: string; search?: string; limit?: number } = {}) {
    const params = new URLSearchParams({ villageId, limit: String(q.limit ?? 100) });
    if (q.status) params.set('status', q.status);
    if (q.search) params.set('search', q.search);
    return serviceJson<{ items: Conversation[]; nextCursor: string | null }>(
      'channel',
      `/internal/conversations?${params}`,
    );
  },
  takeoverStatus(conversationId: string) {
    return serviceJson<TakeoverState>('channel', `/internal/takeover/${enc(conversationId)}/status`);
  },
  messages(conversationId: string, cursor?: string, limit = 100) {
    const params = new URLSearchParams({ conversationId, limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    return serviceJson<{ items: ChatMessage[]; nextCursor: string | null }>(
      'channel',
      `/internal/messages?${params}`,
    );
  },
  startTakeover(conversationId: string, body: { adminId: string; adminName: string; reason?: string }) {
    return serviceJson<TakeoverState>('channel', `/internal/takeover/${enc(conversationId)}/start`, {
      method: 'POST',
      body,
    });
  },
  endTakeover(conversationId: string, adminId: string) {
    return serviceJson<TakeoverState>('channel', `/internal/takeover/${enc(conversationId)}/end`, {
      method: 'POST',
      body: { adminId },
    });
  },
  send(
    body: { villageId: string; to: string; text: string; adminId: string; adminName: string },
    key: string,
  ) {
    return serviceJson<ChatMessage>('channel', '/internal/messages/send', {
      method: 'POST',
      body,
      headers: { 'idempotency-key': key },
    });
  },
  /** Staff response time over [from, to) (the definition is in channel-service's README). */
  staffResponse(villageId: string, from: Date, to: Date) {
    const params = new URLSearchParams({ villageId, from: from.toISOString(), to: to.toISOString() });
    return serviceJson<StaffResponse>('channel', `/internal/analytics/staff?${params}`);
  },
  villages() {
    return serviceJson<{ villages: VillageProfile[] }>('channel', '/internal/villages');
  },
  village(id: string) {
    return serviceJson<VillageProfile>('channel', `/internal/villages/${enc(id)}`);
  },
  putVillage(id: string, body: { name: string; phoneNumberId: string }) {
    return serviceJson<VillageProfile>('channel', `/internal/villages/${enc(id)}`, { method: 'PUT', body });
  },
  createVillage(body: VillageProfile) {
    return serviceJson<VillageProfile>('channel', '/internal/villages', { method: 'POST', body });
  },
};
