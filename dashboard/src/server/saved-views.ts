// Saved views of the case list, in gc_dashboard: the user's own and those shared in the village.
// Creating and deleting one is written to the activity log.
import type { z } from 'zod';
import { mayDeleteView, viewQuery, type SavedViewForm, type SavedViewItem } from '../domain/saved-views.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { recordChange } from './activity.ts';
import { db } from './db.ts';
import type { Access } from './http/current-user.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

export async function listViews(a: Access): Promise<SavedViewItem[]> {
  const rows = await db().savedView.findMany({
    where: { villageId: a.villageId, OR: [{ userId: a.user.userId }, { shared: true }] },
    include: { user: { select: { name: true } } },
    orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    query: v.query,
    shared: v.shared,
    owner: v.user.name,
    mine: v.userId === a.user.userId,
    deletable: mayDeleteView(a.user, v),
  }));
}

export async function createView(a: Access, input: z.infer<typeof SavedViewForm>, ip: string) {
  const data = {
    userId: a.user.userId,
    villageId: a.villageId,
    name: input.name,
    query: viewQuery(input.query),
    shared: input.shared,
  };
  const view = await db()
    .savedView.create({ data })
    .catch((err: unknown) => {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
        throw new UpstreamProblem(
          409,
          'VIEW_NAME_TAKEN',
          `Anda sudah punya tampilan bernama "${input.name}".`,
          {},
        );
      throw err;
    });
  await recordChange(a, ip, {
    action: 'view.create',
    targetType: 'saved_view',
    targetId: view.id,
    before: null,
    after: { name: view.name, query: view.query, shared: view.shared },
  });
  return view;
}

export async function deleteView(a: Access, id: string, ip: string): Promise<void> {
  const view = await db().savedView.findFirst({
    where: { id, villageId: a.villageId, OR: [{ userId: a.user.userId }, { shared: true }] },
  });
  if (!view) throw new UpstreamProblem(404, 'VIEW_NOT_FOUND', 'Tampilan tidak ditemukan.', {});
  if (!mayDeleteView(a.user, view))
    throw new UpstreamProblem(
      403,
      'FORBIDDEN',
      'Tampilan bersama hanya dapat dihapus pembuatnya atau admin desa.',
      {},
    );
  await db().savedView.delete({ where: { id } });
  await recordChange(a, ip, {
    action: 'view.delete',
    targetType: 'saved_view',
    targetId: id,
    before: { name: view.name, query: view.query, shared: view.shared },
    after: null,
  });
}
