// Builds a service's Express app with the middleware every service needs, in the order that makes them
// work: request id first (so everything after logs with it), security headers, metrics, access log, JSON
// body. The caller mounts its routes, then calls finalize() to add the 404 and error handlers last; the
// listener finalize() returns serves the raw routes (raw-route.ts) ahead of the app.
import express, { type Express } from 'express';
import type { RequestListener } from 'node:http';
import helmet from 'helmet';
import { errorHandler, notFoundHandler } from '../errors/error-handler.middleware.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Metrics } from '../metrics/create-metrics.ts';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware.ts';
import { accessLogMiddleware } from './access-log.middleware.ts';
import { probeRoutes } from './probe-routes.ts';
import { rawRouteListener, type RawRoute } from './raw-route.ts';
import type { ReadinessCheck } from './readiness.ts';
import { requestIdMiddleware } from './request-id.middleware.ts';
import './express-request.ts';

export interface CreateAppOptions {
  service: string;
  logger: Logger;
  metrics: Metrics;
  readiness?: readonly ReadinessCheck[];
  /** body-parser limit, e.g. '1mb' or a byte count; larger bodies get a 413. */
  maxBodyBytes?: string | number;
  /** Express's `trust proxy` setting; set it when behind Traefik so req.ip is the client's. */
  trustProxy?: boolean | number | string | string[];
}

export interface ServiceApp {
  app: Express;
  /** Serves `route` ahead of Express (see raw-route.ts); before finalize(). */
  addRawRoute(route: RawRoute): void;
  /**
   * Adds the 404 and error handlers; call it once, after mounting every route. Returns what to serve:
   * the app, behind the raw routes if there are any.
   */
  finalize(): RequestListener;
}

export function createApp({
  service,
  logger,
  metrics,
  readiness = [],
  maxBodyBytes = '1mb',
  trustProxy,
}: CreateAppOptions): ServiceApp {
  const app = express();
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);

  app.use(requestIdMiddleware());
  app.use(helmet());
  app.use(httpMetricsMiddleware(metrics));
  app.use(accessLogMiddleware(logger));
  app.use(express.json({ limit: maxBodyBytes, type: ['application/json', 'application/*+json'] }));
  app.use(probeRoutes({ service, logger, metrics, readiness }));

  let finalized = false;
  const rawRoutes: RawRoute[] = [];
  return {
    app,
    addRawRoute(route) {
      if (finalized) throw new Error('addRawRoute() after finalize()');
      rawRoutes.push(route);
    },
    finalize() {
      if (finalized) throw new Error('finalize() was already called for this app');
      finalized = true;
      app.use(notFoundHandler());
      app.use(errorHandler(logger));
      return rawRoutes.length > 0 ? rawRouteListener(rawRoutes, app, { logger, metrics }) : app;
    },
  };
}
