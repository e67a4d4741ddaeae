// The simulator's Express app: probes, the citizen side and test controls, the phone page, then the Graph
// API side (its `/{version}/...` routes match broadly, so they go last), then problem+json errors.
import { errorHandler, notFoundHandler, type Logger } from '@govconnect/service-kit';
import express, { type Express } from 'express';
import { citizenRoutes } from './citizen/citizen.routes.ts';
import type { SimulatorDeps } from './deps.ts';
import { controlRoutes } from './faults/faults.routes.ts';
import { graphRoutes } from './graph/graph.routes.ts';
import { phonePage } from './web/phone-page.ts';

export function createSimulatorApp(deps: SimulatorDeps, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready' });
  });
  app.get('/', (_req, res) => {
    res.type('html').send(phonePage());
  });
  app.use(citizenRoutes(deps));
  app.use(controlRoutes(deps));
  app.use(graphRoutes(deps));
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}
