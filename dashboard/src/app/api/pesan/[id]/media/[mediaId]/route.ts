// GET /api/pesan/:id/media/:mediaId: a media file of the conversation, streamed from channel-service.
import { mediaInConversation } from '../../../../../../server/inbox.ts';
import { routeAccess } from '../../../../../../server/http/current-user.ts';
import { mediaResponse } from '../../../../../../server/http/media-response.ts';
import { problem, problemFrom } from '../../../../../../server/http/problem.ts';

const UUID = /^[0-9a-f-]{36}$/i;

export async function GET(request: Request, ctx: { params: Promise<{ id: string; mediaId: string }> }) {
  const access = await routeAccess('inbox:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id, mediaId } = await ctx.params;
    if (!UUID.test(id) || !UUID.test(mediaId)) return problem(400, 'BAD_ID', 'Pengenal tidak valid.');
    if (!(await mediaInConversation(access, id, mediaId)))
      return problem(404, 'MEDIA_NOT_FOUND', 'Berkas tidak ditemukan di percakapan ini.');
    return await mediaResponse(mediaId, 'Berkas belum tersedia.');
  } catch (err) {
    return problemFrom(err);
  }
}
