// POST /api/pesan/:id/takeover: "Ambil alih": the signed-in officer takes the conversation from the bot.
import { takeOver } from '../../../../../server/inbox.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('inbox:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    return Response.json(await takeOver(access, (await ctx.params).id, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
