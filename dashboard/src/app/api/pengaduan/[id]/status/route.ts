// POST /api/pengaduan/:id/status {status, note?}: a legal status change of the officer's village.
import { changeStatus, StatusChange } from '../../../../../server/complaints.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('cases:update', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id } = await ctx.params;
    const body = StatusChange.parse(await request.json().catch(() => ({})));
    const updated = await changeStatus(access, id, body, await requestAddress());
    return Response.json(updated);
  } catch (err) {
    return problemFrom(err);
  }
}
