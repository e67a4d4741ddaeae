// A media file of channel-service streamed to the browser, once the caller has checked that the user
// may see it: never sniffed as something else, never able to run script.
import { problem } from './problem.ts';
import { serviceFetch } from '../services/internal-fetch.ts';

export async function mediaResponse(mediaId: string, notReady: string): Promise<Response> {
  const upstream = await serviceFetch('channel', `/internal/media/${mediaId}`);
  if (!upstream.ok) return problem(upstream.status === 409 ? 409 : 502, 'MEDIA_NOT_AVAILABLE', notReady);
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'private, max-age=300',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    },
  });
}
