// POST /api/pesan/:id/send {text}: a reply from the officer who holds the conversation.
import { z } from 'zod';
import { reply } from '../../../../../server/inbox.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';

const Body = z.object({ text: z.string().trim().min(1).max(4096) });

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('inbox:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { text } = Body.parse(await request.json().catch(() => ({})));
    return Response.json(await reply(access, (await ctx.params).id, text, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
