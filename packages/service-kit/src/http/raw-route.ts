// Routes served by node:http ahead of Express, for a hot path where Express's own per-request work is
// the larger part of the cost. The WhatsApp webhook is one: at 1,000 webhooks/s Express, its router and
// middleware took about half the channel's CPU (see the channel's webhook.routes.ts for the figures).
// A raw route keeps what createApp gives every route: the request id and its context, the HTTP metrics,
// the access line and problem+json errors. It does without the router, helmet's headers (Traefik sets
// the security headers at the edge) and the body parser: the handler gets the exact bytes.
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import { runWithContext, type RequestContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { problemFor } from '../errors/error-handler.middleware.ts';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Metrics } from '../metrics/create-metrics.ts';
import { observeHttpRequest } from '../metrics/http-metrics.middleware.ts';
import { writeAccessLine } from './access-log.middleware.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.middleware.ts';
import { finalStatus } from './request-outcome.ts';

export interface RawRequest {
  headers: IncomingHttpHeaders;
  /** The body exactly as it was sent. */
  body: Buffer;
}

export interface RawReply {
  status: number;
  /** Sent as JSON. */
  body: unknown;
}

export interface RawRoute {
  method: string;
  /** Matched exactly, without the query string. */
  path: string;
  /** A larger body is answered 413 before `handle` runs. */
  maxBodyBytes: number;
  /** Its errors become problem+json as in any route (an AppError says its status). */
  handle(request: RawRequest): Promise<RawReply>;
}

/** Serves `routes` itself and hands every other request to `fallback` (the Express app). */
export function rawRouteListener(
  routes: readonly RawRoute[],
  fallback: RequestListener,
  deps: { logger: Logger; metrics: Metrics },
): RequestListener {
  const byKey = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = byKey.get(`${req.method} ${path}`);
    if (route) serve(route, req, res, path, deps);
    else fallback(req, res);
  };
}

function serve(
  route: RawRoute,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  { logger, metrics }: { logger: Logger; metrics: Metrics },
): void {
  const started = process.hrtime.bigint();
  const ctx: RequestContext = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
  res.once('close', () => {
    const access = { method: route.method, route: route.path, status: finalStatus(res) };
    observeHttpRequest(metrics, access, started);
    writeAccessLine(logger, { ...access, path, started }, ctx);
  });
  runWithContext(ctx, () => {
    void answer(route, req, path, ctx.requestId, logger)
      .then((reply) => {
        res.writeHead(reply.status, {
          'content-type': `${reply.contentType}; charset=utf-8`,
          'content-length': Buffer.byteLength(reply.body),
          [REQUEST_ID_HEADER]: ctx.requestId,
        });
        res.end(reply.body);
      })
      .catch((err: unknown) => {
        // Only the write itself can fail here (answer() turns every error into a reply).
        logger.error('could not send the response', { err, method: route.method, path });
        res.destroy();
      });
  });
}

async function answer(
  route: RawRoute,
  req: IncomingMessage,
  path: string,
  requestId: string,
  logger: Logger,
): Promise<{ status: number; contentType: string; body: string }> {
  try {
    const body = await readBody(req, route.maxBodyBytes);
    const reply = await route.handle({ headers: req.headers, body });
    return { status: reply.status, contentType: 'application/json', body: JSON.stringify(reply.body) };
  } catch (err) {
    const problem = problemFor(err, logger, { method: route.method, path, requestId });
    return { status: problem.status, contentType: PROBLEM_CONTENT_TYPE, body: JSON.stringify(problem) };
  }
}

/** The body as sent, up to `limit` bytes; raw-body's errors are the ones body-parser raises (413, 400). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
    req.resume();
    throw AppError.unsupportedMediaType(
      'UNSUPPORTED_ENCODING',
      `Content-Encoding "${encoding}" is not accepted here; send the body uncompressed.`,
    );
  }
  try {
    return await getRawBody(req, { limit, length: req.headers['content-length'] });
  } catch (err) {
    // What was not read is discarded, so that the connection can carry the answer and the next request.
    req.resume();
    throw err;
  }
}
