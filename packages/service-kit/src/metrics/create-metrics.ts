// One Prometheus registry per service: default process metrics, a `service` label on every series, and the
// HTTP RED metrics. Other packages (messaging, outbox) register their own metrics on the same registry.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type HttpLabel = 'method' | 'route' | 'status';

export interface Metrics {
  registry: Registry;
  httpRequestsTotal: Counter<HttpLabel>;
  httpRequestDuration: Histogram<HttpLabel>;
}

export interface CreateMetricsOptions {
  service: string;
  /** Process metrics (CPU, memory, event loop lag); tests creating many registries may turn them off. */
  defaultMetrics?: boolean;
}

export function createMetrics({ service, defaultMetrics = true }: CreateMetricsOptions): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const httpRequestsTotal = new Counter<HttpLabel>({
    name: 'http_requests_total',
    help: 'HTTP requests handled, by route template and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const httpRequestDuration = new Histogram<HttpLabel>({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, httpRequestsTotal, httpRequestDuration };
}
