// Calls to GovConnect's services from the dashboard's server side, with the internal key (never sent
// to the browser) and a request id. A problem+json 4xx from a service is kept as an UpstreamProblem
// so the route can answer with the service's reason; anything else becomes a 502.
import { randomUUID } from 'node:crypto';
import { config } from '../../config.ts';

export class UpstreamProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(`${status} ${code}: ${detail}`);
  }
}

export type ServiceName = 'case' | 'channel' | 'ai' | 'notification';

function baseUrl(service: ServiceName): string {
  const c = config();
  return {
    case: c.CASE_SERVICE_URL,
    channel: c.CHANNEL_SERVICE_URL,
    ai: c.AI_SERVICE_URL,
    notification: c.NOTIFICATION_SERVICE_URL,
  }[service];
}

export function serviceHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-internal-api-key': config().INTERNAL_API_KEY, 'x-request-id': randomUUID(), ...extra };
}

/** A raw response (streams, media): the caller reads the body. */
export async function serviceFetch(
  service: ServiceName,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${baseUrl(service)}${path}`, {
    ...init,
    headers: serviceHeaders((init.headers as Record<string, string>) ?? {}),
    cache: 'no-store',
  });
}

export async function serviceJson<T>(
  service: ServiceName,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await serviceFetch(service, path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    throw new UpstreamProblem(502, 'UPSTREAM_UNREACHABLE', `Layanan ${service} tidak dapat dihubungi.`, {
      cause: String(err),
    });
  }
  return readServiceJson<T>(service, res);
}

/** The JSON of a service's answer, or the UpstreamProblem it stands for (a 4xx kept, else a 502). */
export async function readServiceJson<T>(service: ServiceName, res: Response): Promise<T> {
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { raw: text.slice(0, 200) };
  }
  if (res.ok) return body as T;
  if (res.status >= 400 && res.status < 500)
    throw new UpstreamProblem(
      res.status,
      String(body.code ?? 'UPSTREAM_REJECTED'),
      String(body.detail ?? body.title ?? 'Permintaan ditolak layanan.'),
      body,
    );
  throw new UpstreamProblem(502, 'UPSTREAM_FAILED', `Layanan ${service} gagal (${res.status}).`, body);
}
