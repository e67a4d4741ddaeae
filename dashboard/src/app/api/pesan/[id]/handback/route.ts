// POST /api/pesan/:id/handback: "Kembalikan ke bot".
import { handBack } from '../../../../../server/inbox.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('inbox:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    return Response.json(await handBack(access, (await ctx.params).id, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
