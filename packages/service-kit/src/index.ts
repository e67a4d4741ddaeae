// service-kit: what every GovConnect service needs at its edges: config, logs, metrics, errors, the HTTP app,
// internal calls and graceful shutdown.
export {
  runWithContext,
  currentContext,
  enrichContext,
  currentRequestId,
  type RequestContext,
} from './context.ts';

export { loadConfig, type Config, type ConfigShape, type Env } from './config/load-config.ts';
export { ConfigError, type ConfigProblem } from './config/config-error.ts';
export { devSecret } from './config/dev-secret.ts';
export { baseConfigShape } from './config/base-config.ts';
export { describeConfig, renderEnvExample, type ConfigEntry } from './config/describe-config.ts';

export {
  createLogger,
  type Logger,
  type LogLevel,
  type CreateLoggerOptions,
} from './logging/create-logger.ts';
export { redactString } from './redaction/redact-string.ts';

export {
  createMetrics,
  type Metrics,
  type CreateMetricsOptions,
  type HttpLabel,
} from './metrics/create-metrics.ts';
export { httpMetricsMiddleware } from './metrics/http-metrics.middleware.ts';
// Re-exported so packages register metrics with the same prom-client the registry comes from.
export { Counter, Gauge, Histogram, Summary, Registry } from 'prom-client';

export { AppError, isAppError, type AppErrorOptions } from './errors/app-error.ts';
export {
  buildProblem,
  sendProblem,
  problemType,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
  type ProblemInput,
} from './errors/problem-details.ts';
export { errorHandler, notFoundHandler } from './errors/error-handler.middleware.ts';

export { validate, parse } from './validation/validate.ts';
export type { FieldProblem } from './validation/validation-error.ts';

export { createApp, type CreateAppOptions, type ServiceApp } from './http/create-app.ts';
export { type RawRoute, type RawRequest, type RawReply } from './http/raw-route.ts';
export { runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './http/readiness.ts';
export { requireInternalKey, INTERNAL_KEY_HEADER } from './http/internal-key.middleware.ts';
export { requestIdMiddleware, REQUEST_ID_HEADER } from './http/request-id.middleware.ts';

export { createInternalClient, type InternalClientOptions } from './http-client/internal-client.ts';
export { UpstreamError, isUpstreamError } from './http-client/upstream-error.ts';

export {
  createLifecycle,
  type Lifecycle,
  type CreateLifecycleOptions,
  type ShutdownResult,
  type InstallSignalHandlersOptions,
} from './lifecycle/lifecycle.ts';
export { serveHttp, type HttpServerHandle, type ServeHttpOptions } from './lifecycle/serve-http.ts';
export { startIntervalWorker, type IntervalWorker } from './lifecycle/interval-worker.ts';
export { withTimeout, TimeoutError } from './with-timeout.ts';
