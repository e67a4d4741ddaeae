// One log line per request (method, route template, status, duration), written when the response is over.
import type { RequestHandler } from 'express';
import { currentContext, runWithContext } from '../context.ts';
import type { Logger } from '../logging/create-logger.ts';
import { finalStatus, requestPath } from './request-outcome.ts';
import { routeTemplate, trackRouteTemplate } from './route-template.ts';

// Orchestrators probe these every few seconds; at info level they would drown the lines that matter.
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

export function accessLogMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    trackRouteTemplate(req);
    const started = process.hrtime.bigint();
    // 'close' fires from the socket, outside the request's async context; the line must still carry its ids.
    const ctx = currentContext();
    res.once('close', () => {
      const path = requestPath(req);
      const status = finalStatus(res);
      const level = PROBE_PATHS.has(path) && status < 500 ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const entry = {
        method: req.method,
        route: routeTemplate(req),
        path,
        status,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      };
      const write = () => logger.log(level, `${req.method} ${entry.route} ${status}`, entry);
      if (ctx) runWithContext(ctx, write);
      else write();
    });
    next();
  };
}
