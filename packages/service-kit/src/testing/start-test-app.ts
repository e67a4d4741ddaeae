// Serves a real service-kit app on a free port for a test: the production middleware stack, the test's
// routes, captured logs and a private metrics registry.
import type { RequestListener } from 'node:http';
import type { Express } from 'express';
import { createApp, type CreateAppOptions } from '../http/create-app.ts';
import type { RawRoute } from '../http/raw-route.ts';
import { serveHttp, type HttpServerHandle } from '../lifecycle/serve-http.ts';
import { createMetrics, type Metrics } from '../metrics/create-metrics.ts';
import { captureLogs, type CapturedLogs } from './capture-logs.ts';

export interface TestApp {
  url: string;
  logs: CapturedLogs;
  metrics: Metrics;
  stop(): Promise<void>;
}

export interface StartTestAppOptions extends Partial<Omit<CreateAppOptions, 'logger' | 'metrics'>> {
  /** Mounts the routes under test (Express routes on `app`, raw routes with `addRawRoute`). */
  routes?: (app: Express, addRawRoute: (route: RawRoute) => void) => void;
}

/** Serves on 127.0.0.1 and a free port; `stop()` when done. */
export function startTestServer(app: RequestListener, drainTimeoutMs = 1_000): Promise<HttpServerHandle> {
  return serveHttp(app, 0, '127.0.0.1', { drainTimeoutMs });
}

export async function startTestApp({
  routes,
  service = 'test-service',
  ...options
}: StartTestAppOptions = {}): Promise<TestApp> {
  const logs = captureLogs({ service });
  // Process metrics stay off: every test app has its own registry and they would only add noise and timers.
  const metrics = createMetrics({ service, defaultMetrics: false });
  const { app, addRawRoute, finalize } = createApp({ service, logger: logs.logger, metrics, ...options });
  routes?.(app, addRawRoute);
  const server = await startTestServer(finalize());
  return { url: server.url, logs, metrics, stop: server.stop };
}
