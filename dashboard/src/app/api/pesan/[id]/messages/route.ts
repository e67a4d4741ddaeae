// GET /api/pesan/:id/messages?cursor=: a conversation's messages (newest first, paged), village-checked.
import { conversationState } from '../../../../../server/inbox.ts';
import { routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { channelClient } from '../../../../../server/services/channel-client.ts';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const access = await routeAccess('inbox:read', url.searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id } = await ctx.params;
    const state = await conversationState(access, id);
    const page = await channelClient.messages(id, url.searchParams.get('cursor') ?? undefined, 100);
    return Response.json({ ...page, conversation: state });
  } catch (err) {
    return problemFrom(err);
  }
}
