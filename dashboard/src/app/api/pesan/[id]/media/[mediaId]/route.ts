// GET /api/pesan/:id/media/:mediaId: a media file of the conversation, streamed from channel-service.
import { mediaInConversation } from '../../../../../../server/inbox.ts';
import { routeAccess } from '../../../../../../server/http/current-user.ts';
import { problem, problemFrom } from '../../../../../../server/http/problem.ts';
import { serviceFetch } from '../../../../../../server/services/internal-fetch.ts';

const UUID = /^[0-9a-f-]{36}$/i;

export async function GET(request: Request, ctx: { params: Promise<{ id: string; mediaId: string }> }) {
  const access = await routeAccess('inbox:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id, mediaId } = await ctx.params;
    if (!UUID.test(id) || !UUID.test(mediaId)) return problem(400, 'BAD_ID', 'Pengenal tidak valid.');
    if (!(await mediaInConversation(access, id, mediaId)))
      return problem(404, 'MEDIA_NOT_FOUND', 'Berkas tidak ditemukan di percakapan ini.');
    const upstream = await serviceFetch('channel', `/internal/media/${mediaId}`);
    if (!upstream.ok)
      return problem(upstream.status === 409 ? 409 : 502, 'MEDIA_NOT_AVAILABLE', 'Berkas belum tersedia.');
    return new Response(upstream.body, {
      headers: {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      },
    });
  } catch (err) {
    return problemFrom(err);
  }
}
