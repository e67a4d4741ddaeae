// Records every HTTP request in the RED metrics, labelled with the route template, once the response is over.
import type { RequestHandler } from 'express';
import { finalStatus } from '../http/request-outcome.ts';
import { routeTemplate, trackRouteTemplate } from '../http/route-template.ts';
import type { Metrics } from './create-metrics.ts';

/** Counts a finished request and its duration since `started` (process.hrtime.bigint()). */
export function observeHttpRequest(
  metrics: Metrics,
  request: { method: string; route: string; status: number },
  started: bigint,
): void {
  const labels = { method: request.method, route: request.route, status: String(request.status) };
  metrics.httpRequestsTotal.inc(labels);
  metrics.httpRequestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
}

export function httpMetricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    trackRouteTemplate(req);
    const started = process.hrtime.bigint();
    res.once('close', () => {
      observeHttpRequest(
        metrics,
        { method: req.method, route: routeTemplate(req), status: finalStatus(res) },
        started,
      );
    });
    next();
  };
}
