// GET /api/pesan/stream: the live inbox. Proxies channel-service's server-sent events for the user's
// village only (the village comes from the session, never from the browser), and re-checks the
// session every 30 s so a revoked session stops receiving at once.
import { SESSION_COOKIE } from '../../../../server/auth/jwt.ts';
import { resolveSession } from '../../../../server/auth/session.ts';
import { db } from '../../../../server/db.ts';
import { routeAccess, sessionSettings } from '../../../../server/http/current-user.ts';
import { problem } from '../../../../server/http/problem.ts';
import { serviceFetch } from '../../../../server/services/internal-fetch.ts';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const access = await routeAccess('inbox:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  const token = request.headers
    .get('cookie')
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const upstreamAbort = new AbortController();
  request.signal.addEventListener('abort', () => upstreamAbort.abort());
  let upstream: Response;
  try {
    upstream = await serviceFetch(
      'channel',
      `/internal/stream?villageId=${encodeURIComponent(access.villageId)}`,
      {
        headers: { accept: 'text/event-stream' },
        signal: upstreamAbort.signal,
      },
    );
  } catch {
    return problem(502, 'UPSTREAM_UNREACHABLE', 'Layanan pesan tidak dapat dihubungi.');
  }
  if (!upstream.ok || !upstream.body)
    return problem(502, 'UPSTREAM_FAILED', `Layanan pesan gagal (${upstream.status}).`);

  const recheck = setInterval(async () => {
    const still = await resolveSession(db(), sessionSettings(), token).catch(() => null);
    if (!still) upstreamAbort.abort();
  }, 30_000);
  const reader = upstream.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          clearInterval(recheck);
          controller.close();
        } else controller.enqueue(value);
      } catch {
        clearInterval(recheck);
        controller.close();
      }
    },
    cancel() {
      clearInterval(recheck);
      upstreamAbort.abort();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
