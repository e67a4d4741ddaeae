// Builds a service's Express app with the middleware every service needs, in the order that makes them
// work: request id first (so everything after logs with it), security headers, metrics, access log, JSON
// body. The caller mounts its routes, then calls finalize() to add the 404 and error handlers last.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { errorHandler, notFoundHandler } from '../errors/error-handler.middleware.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Metrics } from '../metrics/create-metrics.ts';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware.ts';
import { accessLogMiddleware } from './access-log.middleware.ts';
import { probeRoutes } from './probe-routes.ts';
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
  /** Adds the 404 and error handlers; call it once, after mounting every route. */
  finalize(): Express;
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
  app.use(
    express.json({
      limit: maxBodyBytes,
      type: ['application/json', 'application/*+json'],
      // A webhook signature covers the bytes as sent; re-serialising the parsed body would not match them.
      verify: (req, _res, buf) => {
        (req as express.Request).rawBody = buf;
      },
    }),
  );
  app.use(probeRoutes({ service, logger, metrics, readiness }));

  let finalized = false;
  return {
    app,
    finalize() {
      if (finalized) throw new Error('finalize() was already called for this app');
      finalized = true;
      app.use(notFoundHandler());
      app.use(errorHandler(logger));
      return app;
    },
  };
}
