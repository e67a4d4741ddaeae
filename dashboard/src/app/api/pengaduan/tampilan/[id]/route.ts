// DELETE /api/pengaduan/tampilan/:id: remove a saved view (its owner; a shared one also the admin).
import { problem, problemFrom } from '../../../../../server/http/problem.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { deleteView } from '../../../../../server/saved-views.ts';

const UUID = /^[0-9a-f-]{36}$/i;

export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('cases:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id } = await ctx.params;
    if (!UUID.test(id)) return problem(400, 'BAD_ID', 'Pengenal tidak valid.');
    await deleteView(access, id, await requestAddress());
    return new Response(null, { status: 204 });
  } catch (err) {
    return problemFrom(err);
  }
}
