// Records every HTTP request in the RED metrics, labelled with the route template, once the response is over.
import type { RequestHandler } from 'express';
import { finalStatus } from '../http/request-outcome.ts';
import { routeTemplate, trackRouteTemplate } from '../http/route-template.ts';
import type { Metrics } from './create-metrics.ts';

export function httpMetricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    trackRouteTemplate(req);
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const labels = { method: req.method, route: routeTemplate(req), status: String(finalStatus(res)) };
      metrics.httpRequestsTotal.inc(labels);
      metrics.httpRequestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
