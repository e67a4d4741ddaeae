// The three routes every service serves: /health (the process is alive), /ready (its dependencies are) and
// /metrics (Prometheus text).
import { Router } from 'express';
import { currentRequestId } from '../context.ts';
import { buildProblem, sendProblem } from '../errors/problem-details.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Metrics } from '../metrics/create-metrics.ts';
import { runReadinessChecks, type ReadinessCheck } from './readiness.ts';

export interface ProbeRoutesOptions {
  service: string;
  logger: Logger;
  metrics: Metrics;
  readiness: readonly ReadinessCheck[];
}

export function probeRoutes({ service, logger, metrics, readiness }: ProbeRoutesOptions): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', service });
  });

  router.get('/ready', async (req, res) => {
    const report = await runReadinessChecks(readiness);
    if (report.ready) {
      res.json({ status: 'ready', service, checks: report.checks });
      return;
    }
    const failed = Object.entries(report.checks).filter(([, outcome]) => outcome !== 'ok');
    const detail = `Not ready: ${failed.map(([name, why]) => `${name} (${why})`).join('; ')}.`;
    logger.warn(detail, { checks: report.checks });
    sendProblem(
      res,
      buildProblem({
        status: 503,
        code: 'NOT_READY',
        detail,
        instance: req.path,
        requestId: req.requestId ?? currentRequestId(),
        extensions: { service, checks: report.checks },
      }),
    );
  });

  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  return router;
}
