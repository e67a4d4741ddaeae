// Staff reads: one notification, or a filtered list newest first with a keyset cursor.
import { AppError } from '@govconnect/service-kit';
import type { NotificationDeps } from '../deps.ts';
import {
  findNotification,
  listNotifications,
  type NotificationFilter,
} from '../repositories/notification.repository.ts';
import { viewOf } from './notification-view.ts';

export function notificationNotFound(id: string) {
  return AppError.notFound('NOTIFICATION_NOT_FOUND', `No notification ${id} in this village.`);
}

export async function getNotification(deps: Pick<NotificationDeps, 'db'>, villageId: string, id: string) {
  const row = await findNotification(deps.db, villageId, id);
  if (!row) throw notificationNotFound(id);
  return viewOf(row);
}

export const encodeCursor = (at: Date, id: string) =>
  Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at: date, id };
}

export async function listNotificationPage(deps: Pick<NotificationDeps, 'db'>, filter: NotificationFilter) {
  const rows = await listNotifications(deps.db, filter);
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return {
    items: items.map(viewOf),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
