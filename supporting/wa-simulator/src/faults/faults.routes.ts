// Test controls: inject and clear faults, read what the simulator was sent and what it delivered, reset.
import { parse } from '@govconnect/service-kit';
import express, { Router } from 'express';
import type { SimulatorDeps } from '../deps.ts';
import { FaultsBody } from './faults.schema.ts';

export function controlRoutes(deps: SimulatorDeps): Router {
  const router = Router();

  router.post('/simulator/faults', express.json(), (req, res) => {
    deps.faults.set(parse(FaultsBody, req.body ?? {}, 'body'));
    res.json(deps.faults.describe());
  });
  router.get('/simulator/faults', (_req, res) => {
    res.json(deps.faults.describe());
  });
  router.delete('/simulator/faults', (_req, res) => {
    deps.faults.clear();
    res.status(204).end();
  });

  router.get('/simulator/sent', (req, res) => {
    res.json(deps.sentLog.list({ to: typeof req.query.to === 'string' ? req.query.to : undefined }));
  });
  router.get('/simulator/webhooks', (_req, res) => {
    res.json({ ...deps.deliveries.list(), pendingStatusWebhooks: deps.timers.size });
  });

  // Forget everything: inboxes, 24-hour windows, sent requests, deliveries, media and faults.
  router.post('/simulator/reset', (_req, res) => {
    deps.citizens.clear();
    deps.sentLog.clear();
    deps.deliveries.clear();
    deps.media.clear();
    deps.faults.clear();
    res.status(204).end();
  });

  return router;
}
