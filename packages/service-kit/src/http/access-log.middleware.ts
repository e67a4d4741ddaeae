// One log line per request (method, route template, status, duration), written when the response is over.
import type { RequestHandler } from 'express';
import { currentContext, runWithContext, type RequestContext } from '../context.ts';
import type { Logger } from '../logging/create-logger.ts';
import { finalStatus, requestPath } from './request-outcome.ts';
import { routeTemplate, trackRouteTemplate } from './route-template.ts';

// Orchestrators probe these every few seconds; at info level they would drown the lines that matter.
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

export interface AccessEntry {
  method: string;
  route: string;
  path: string;
  status: number;
  /** process.hrtime.bigint() when the request arrived. */
  started: bigint;
}

/**
 * Writes the access line of a finished request, inside the request's context (`ctx`) when it had one:
 * 'close' fires from the socket, outside the request's async context, and the line must still carry its ids.
 */
export function writeAccessLine(logger: Logger, access: AccessEntry, ctx: RequestContext | undefined): void {
  const { method, route, path, status } = access;
  const level = PROBE_PATHS.has(path) && status < 500 ? 'debug' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const durationMs = Math.round(Number(process.hrtime.bigint() - access.started) / 1e4) / 100;
  const entry = { method, route, path, status, durationMs };
  const write = () => logger.log(level, `${method} ${route} ${status}`, entry);
  if (ctx) runWithContext(ctx, write);
  else write();
}

export function accessLogMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    trackRouteTemplate(req);
    const started = process.hrtime.bigint();
    const ctx = currentContext();
    res.once('close', () => {
      const access = { method: req.method, route: routeTemplate(req), path: requestPath(req) };
      writeAccessLine(logger, { ...access, status: finalStatus(res), started }, ctx);
    });
    next();
  };
}
