// Live chat: staff take a conversation over from the bot and hand it back. While it lasts, inbound
// messages are stored and streamed but not sent to the AI. Each change publishes its event in the
// same transaction; a takeover idle for TAKEOVER_IDLE_MS ends by itself and says so.
import { AppError } from '@govconnect/service-kit';
import type { ConversationRow } from '../repositories/conversation.repository.ts';
import type { Tx } from '../repositories/prisma-client.ts';
import type { ChannelDeps } from './intake.types.ts';

type Deps = Pick<ChannelDeps, 'db' | 'messaging' | 'config' | 'feed' | 'logger' | 'kickOutbox'>;

export function takeoverView(c: ConversationRow, idleMs: number) {
  const active = c.status === 'takeover';
  const lastActivity = c.takeoverActivityAt ?? c.takeoverStartedAt;
  return {
    conversationId: c.id,
    villageId: c.villageId,
    status: c.status,
    takeover: active
      ? {
          adminId: c.takeoverAdminId,
          adminName: c.takeoverAdminName,
          reason: c.takeoverReason,
          startedAt: c.takeoverStartedAt?.toISOString() ?? null,
          lastActivityAt: lastActivity?.toISOString() ?? null,
          expiresAt: lastActivity ? new Date(lastActivity.getTime() + idleMs).toISOString() : null,
        }
      : null,
  };
}

async function lockConversation(tx: Tx, id: string): Promise<ConversationRow> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM conversations WHERE id = $1::uuid FOR UPDATE`,
    id,
  );
  if (rows.length === 0) throw AppError.notFound('CONVERSATION_NOT_FOUND', `No conversation ${id}.`);
  return tx.conversation.findUniqueOrThrow({ where: { id } });
}

function announce(deps: Deps, c: ConversationRow, extra: Record<string, unknown> = {}): void {
  deps.kickOutbox();
  deps.feed.publish({
    kind: 'conversation',
    villageId: c.villageId,
    conversationId: c.id,
    data: { ...takeoverView(c, deps.config.TAKEOVER_IDLE_MS), ...extra },
  });
}

export async function startTakeover(
  deps: Deps,
  id: string,
  input: { adminId: string; adminName: string; reason?: string },
) {
  const updated = await deps.db.$transaction(async (tx) => {
    const c = await lockConversation(tx, id);
    if (c.status === 'takeover') {
      if (c.takeoverAdminId === input.adminId) return c;
      throw AppError.conflict(
        'ALREADY_TAKEN_OVER',
        `${c.takeoverAdminName ?? c.takeoverAdminId} has taken this conversation over.`,
        {
          adminId: c.takeoverAdminId,
        },
      );
    }
    const now = new Date();
    const next = await tx.conversation.update({
      where: { id },
      data: {
        status: 'takeover',
        takeoverAdminId: input.adminId,
        takeoverAdminName: input.adminName,
        takeoverReason: input.reason ?? null,
        takeoverStartedAt: now,
        takeoverActivityAt: now,
        unreadCount: 0,
        updatedAt: now,
      },
    });
    await deps.messaging.outbox.enqueue(
      tx,
      'conversation.takeover.started',
      { conversationId: id, adminId: input.adminId },
      { villageId: c.villageId },
    );
    return next;
  });
  announce(deps, updated);
  return takeoverView(updated, deps.config.TAKEOVER_IDLE_MS);
}

export async function endTakeover(deps: Deps, id: string, endedBy: { adminId?: string; idle?: boolean }) {
  const updated = await deps.db.$transaction(async (tx) => {
    const c = await lockConversation(tx, id);
    if (c.status !== 'takeover')
      throw AppError.conflict('NOT_TAKEN_OVER', 'This conversation is not under takeover.');
    const last = (c.takeoverActivityAt ?? c.takeoverStartedAt)?.getTime() ?? 0;
    if (endedBy.idle && Date.now() - last < deps.config.TAKEOVER_IDLE_MS)
      throw AppError.conflict('NOT_IDLE', 'The takeover saw activity since it was found idle.');
    const next = await tx.conversation.update({
      where: { id },
      data: {
        status: 'bot',
        takeoverAdminId: null,
        takeoverAdminName: null,
        takeoverReason: null,
        takeoverStartedAt: null,
        takeoverActivityAt: null,
        updatedAt: new Date(),
      },
    });
    await deps.messaging.outbox.enqueue(
      tx,
      'conversation.takeover.ended',
      { conversationId: id, adminId: c.takeoverAdminId ?? endedBy.adminId ?? 'unknown' },
      { villageId: c.villageId },
    );
    return { next, adminId: c.takeoverAdminId };
  });
  const reason = endedBy.idle ? 'idle' : 'ended';
  if (endedBy.idle)
    deps.logger.info('takeover ended by itself after being idle', {
      conversationId: id,
      adminId: updated.adminId,
      idleMs: deps.config.TAKEOVER_IDLE_MS,
    });
  announce(deps, updated.next, { endedBy: reason, previousAdminId: updated.adminId });
  return { ...takeoverView(updated.next, deps.config.TAKEOVER_IDLE_MS), endedBy: reason };
}

export async function takeoverStatus(deps: Deps, id: string) {
  const c = await deps.db.conversation.findUnique({ where: { id } });
  if (!c) throw AppError.notFound('CONVERSATION_NOT_FOUND', `No conversation ${id}.`);
  return takeoverView(c, deps.config.TAKEOVER_IDLE_MS);
}

/** Ends every takeover idle for longer than TAKEOVER_IDLE_MS; returns how many ended. */
export async function expireIdleTakeovers(deps: Deps): Promise<number> {
  const idle = await deps.db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM conversations
      WHERE status = 'takeover'
        AND COALESCE(takeover_activity_at, takeover_started_at) < now() - make_interval(secs => $1::double precision / 1000)`,
    deps.config.TAKEOVER_IDLE_MS,
  );
  let ended = 0;
  for (const { id } of idle) {
    // Another replica or the admin may have ended it meanwhile: that is not an error here.
    const done = await endTakeover(deps, id, { idle: true }).then(
      () => true,
      (err: unknown) => (err instanceof AppError && err.status === 409 ? false : Promise.reject(err)),
    );
    if (done) ended++;
  }
  return ended;
}
