// GET /api/pengaduan/:id/foto/:mediaId: a photo attached to one of the complaint's status changes,
// streamed from channel-service. The complaint is read first (another village's is a 404) and the
// photo must belong to its history.
import { mediaResponse } from '../../../../../../server/http/media-response.ts';
import { problem, problemFrom } from '../../../../../../server/http/problem.ts';
import { routeAccess } from '../../../../../../server/http/current-user.ts';
import { caseClient } from '../../../../../../server/services/case-client.ts';

const UUID = /^[0-9a-f-]{36}$/i;

export async function GET(request: Request, ctx: { params: Promise<{ id: string; mediaId: string }> }) {
  const access = await routeAccess('cases:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id, mediaId } = await ctx.params;
    if (!UUID.test(mediaId)) return problem(400, 'BAD_ID', 'Pengenal tidak valid.');
    const complaint = await caseClient.get(access.villageId, id);
    if (!complaint.history.some((h) => h.photoMediaId === mediaId))
      return problem(404, 'PHOTO_NOT_FOUND', 'Foto tidak ditemukan pada pengaduan ini.');
    return await mediaResponse(mediaId, 'Foto belum tersedia.');
  } catch (err) {
    return problemFrom(err);
  }
}
