// Notification rows: planned once per (event, recipient) whatever the redeliveries, read with
// filters and a keyset cursor, and moved by staff (retry a failed one, give up a pending one).
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './prisma-client.ts';
import type { Tx } from './tx.ts';

export interface PlannedNotification {
  villageId: string;
  type: string;
  audience: 'citizen' | 'staff';
  recipient: string;
  eventId: string;
  eventOccurredAt: Date;
  correlationId: string;
  complaintId?: string | undefined;
  templateId?: string | undefined;
  renderedText: string;
  waTemplate?: { name: string; language: string; parameters: string[] } | undefined;
}

export type NotificationRow = Prisma.NotificationGetPayload<object>;

/** Inserts each planned row unless its (event, recipient) exists; returns how many are new. */
export async function planNotifications(tx: Tx, rows: PlannedNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: rows.map((r) => ({
      id: crypto.randomUUID(),
      ...r,
      complaintId: r.complaintId ?? null,
      templateId: r.templateId ?? null,
      waTemplate: r.waTemplate ?? undefined,
    })),
    skipDuplicates: true,
  });
  return count;
}

export function findNotification(db: Db | Tx, villageId: string, id: string) {
  return db.notification.findFirst({ where: { id, villageId } });
}

export interface NotificationFilter {
  villageId: string;
  status?: NotificationRow['status'] | undefined;
  type?: string | undefined;
  audience?: string | undefined;
  recipient?: string | undefined;
  complaintId?: string | undefined;
  eventId?: string | undefined;
  after?: { at: Date; id: string } | undefined;
  limit: number;
}

export function listNotifications(db: Db, f: NotificationFilter): Promise<NotificationRow[]> {
  const where: Prisma.NotificationWhereInput = {
    villageId: f.villageId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.audience ? { audience: f.audience } : {}),
    ...(f.recipient ? { recipient: f.recipient } : {}),
    ...(f.complaintId ? { complaintId: f.complaintId } : {}),
    ...(f.eventId ? { eventId: f.eventId } : {}),
    ...(f.after
      ? { OR: [{ createdAt: { lt: f.after.at } }, { createdAt: f.after.at, id: { lt: f.after.id } }] }
      : {}),
  };
  return db.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: f.limit + 1,
  });
}

/** Locks one notification for a staff change; null when it is not this village's. */
export async function lockNotification(tx: Tx, villageId: string, id: string) {
  await tx.$executeRaw`SELECT 1 FROM notifications WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.notification.findFirst({ where: { id, villageId } });
}

/** A failed notification goes back to the dispatcher with a fresh budget of attempts. */
export function requeue(tx: Tx, id: string, now: Date) {
  return tx.notification.update({
    where: { id },
    data: {
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      sendKey: null,
      wamid: null,
      errorCode: null,
      failureReason: null,
      failedAt: null,
      deadLetteredAt: null,
      updatedAt: now,
    },
  });
}

/** Staff give up a pending notification: failed with their reason, not dead-lettered. */
export function cancelPending(tx: Tx, id: string, reason: string, now: Date) {
  return tx.notification.update({
    where: { id },
    data: { status: 'failed', failureReason: reason, failedAt: now, nextAttemptAt: null, updatedAt: now },
  });
}

export async function countDeadLetters(db: Db): Promise<{ type: string; n: number }[]> {
  const rows = await db.notification.groupBy({
    by: ['type'],
    where: { status: 'failed', deadLetteredAt: { not: null } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ type: r.type, n: r._count._all }));
}
