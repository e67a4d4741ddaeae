// The inbox's operations for one signed-in officer: each first checks that the conversation belongs
// to the officer's village (channel routes are keyed by conversation id alone), then acts and logs.
import { randomUUID } from 'node:crypto';
import { sameVillage } from '../domain/access.ts';
import { recordActivity } from './activity.ts';
import { db } from './db.ts';
import type { Access } from './http/current-user.ts';
import { channelClient, type Conversation, type TakeoverState } from './services/channel-client.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

const notFound = () => new UpstreamProblem(404, 'CONVERSATION_NOT_FOUND', 'Percakapan tidak ditemukan.', {});

export async function conversationState(a: Access, conversationId: string): Promise<TakeoverState> {
  const state = await channelClient.takeoverStatus(conversationId).catch((err: unknown) => {
    throw err instanceof UpstreamProblem && err.status === 404 ? notFound() : err;
  });
  // Another village's conversation looks exactly like a missing one.
  if (!sameVillage(a.villageId, state.villageId)) throw notFound();
  return state;
}

/** The conversation's list row (with the citizen's number), found within the village. */
export async function conversationRow(a: Access, conversationId: string): Promise<Conversation> {
  await conversationState(a, conversationId);
  const page = await channelClient.conversations(a.villageId, { limit: 200 });
  const row = page.items.find((c) => c.id === conversationId);
  if (row) return row;
  throw notFound();
}

export async function takeOver(a: Access, conversationId: string, ip: string) {
  const before = await conversationState(a, conversationId);
  const after = await channelClient.startTakeover(conversationId, {
    adminId: a.user.userId,
    adminName: a.user.name,
    reason: before.status === 'handoff_requested' ? 'permintaan warga' : 'diambil alih petugas',
  });
  await log(a, 'conversation.takeover', conversationId, before, after, ip);
  return after;
}

export async function handBack(a: Access, conversationId: string, ip: string) {
  const before = await conversationState(a, conversationId);
  const after = await channelClient.endTakeover(conversationId, a.user.userId);
  await log(a, 'conversation.handback', conversationId, before, after, ip);
  return after;
}

export async function reply(a: Access, conversationId: string, text: string, ip: string) {
  const state = await conversationState(a, conversationId);
  if (state.status !== 'takeover' || state.takeover?.adminId !== a.user.userId)
    throw new UpstreamProblem(409, 'NOT_HOLDING', 'Ambil alih percakapan ini dulu sebelum membalas.', {});
  const row = await conversationRow(a, conversationId);
  const sent = await channelClient.send(
    { villageId: a.villageId, to: row.waId, text, adminId: a.user.userId, adminName: a.user.name },
    randomUUID(),
  );
  await log(a, 'conversation.reply', conversationId, undefined, { messageId: sent.id, text }, ip);
  return sent;
}

/** Whether `mediaId` belongs to a message of the conversation (looked up over its history). */
export async function mediaInConversation(
  a: Access,
  conversationId: string,
  mediaId: string,
): Promise<boolean> {
  await conversationState(a, conversationId);
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const { items, nextCursor } = await channelClient.messages(conversationId, cursor, 200);
    if (items.some((m) => m.media?.id === mediaId)) return true;
    if (!nextCursor) return false;
    cursor = nextCursor;
  }
  return false;
}

function log(a: Access, action: string, id: string, before: unknown, after: unknown, ip: string) {
  return recordActivity(db(), {
    who: { userId: a.user.userId, email: a.user.email, role: a.user.role },
    villageId: a.villageId,
    action,
    targetType: 'conversation',
    targetId: id,
    before,
    after,
    ip,
  });
}
