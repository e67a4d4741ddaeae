// The activity log: every change made through the dashboard (and every login) with who, what, when,
// and the state before and after. Append-only.
import type { Principal } from '../domain/access.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { db, type Db } from './db.ts';

export interface ActivityInput {
  who: { userId: string | null; email: string; role: Principal['role'] | null };
  villageId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  ip?: string;
}

const json = (v: unknown) => (v === undefined ? undefined : (v as Prisma.InputJsonValue));

export async function recordActivity(db: Db, a: ActivityInput): Promise<void> {
  await db.activityLog.create({
    data: {
      userId: a.who.userId,
      userEmail: a.who.email,
      role: a.who.role,
      villageId: a.villageId,
      action: a.action,
      targetType: a.targetType ?? null,
      targetId: a.targetId ?? null,
      before: json(a.before),
      after: json(a.after),
      ip: a.ip ?? null,
    },
  });
}

/** A change made by a signed-in user in the village they work in, with the state before and after. */
export function recordChange(
  a: { user: Principal; villageId: string },
  ip: string,
  change: { action: string; targetType: string; targetId: string; before: unknown; after: unknown },
): Promise<void> {
  return recordActivity(db(), {
    who: { userId: a.user.userId, email: a.user.email, role: a.user.role },
    villageId: a.villageId,
    ip,
    ...change,
  });
}

export interface ActivityQuery {
  villageId: string | null; // null: every village (superadmin)
  action?: string;
  user?: string;
  before?: Date;
  limit: number;
}

export async function listActivity(db: Db, q: ActivityQuery) {
  const rows = await db.activityLog.findMany({
    where: {
      ...(q.villageId ? { villageId: q.villageId } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.user ? { userEmail: { contains: q.user, mode: 'insensitive' as const } } : {}),
      ...(q.before ? { at: { lt: q.before } } : {}),
    },
    orderBy: { at: 'desc' },
    take: q.limit + 1,
  });
  const items = rows.slice(0, q.limit);
  return { items, nextBefore: rows.length > q.limit ? items[items.length - 1]!.at.toISOString() : null };
}

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Masuk',
  'auth.login_failed': 'Gagal masuk',
  'auth.login_blocked': 'Masuk diblokir (terlalu banyak percobaan)',
  'auth.logout': 'Keluar',
  'complaint.status': 'Ubah status pengaduan',
  'complaint.export': 'Ekspor pengaduan (CSV)',
  'conversation.takeover': 'Ambil alih percakapan',
  'conversation.handback': 'Kembalikan ke bot',
  'conversation.reply': 'Balas warga',
  'knowledge.create': 'Tambah entri pengetahuan',
  'knowledge.update': 'Ubah entri pengetahuan',
  'knowledge.delete': 'Hapus entri pengetahuan',
  'knowledge.document_upload': 'Unggah dokumen pengetahuan',
  'knowledge.document_delete': 'Hapus dokumen pengetahuan',
  'settings.category': 'Ubah kategori / SLA',
  'settings.template': 'Ubah templat notifikasi',
  'settings.template_reset': 'Kembalikan templat bawaan',
  'settings.on_duty': 'Ubah petugas jaga',
  'settings.on_duty_remove': 'Hapus petugas jaga',
  'user.create': 'Tambah pengguna',
  'user.update': 'Ubah pengguna',
};
