// GET /api/pesan/conversations?status=&search=: the village's conversations, newest first.
import { routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { channelClient } from '../../../../server/services/channel-client.ts';

const STATUSES = ['bot', 'takeover', 'handoff_requested'];

export async function GET(request: Request) {
  const url = new URL(request.url);
  const access = await routeAccess('inbox:read', url.searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const status = url.searchParams.get('status') ?? undefined;
    const search = url.searchParams.get('search')?.trim().slice(0, 100) || undefined;
    const page = await channelClient.conversations(access.villageId, {
      status: status && STATUSES.includes(status) ? status : undefined,
      search,
      limit: 200,
    });
    return Response.json(page);
  } catch (err) {
    return problemFrom(err);
  }
}
