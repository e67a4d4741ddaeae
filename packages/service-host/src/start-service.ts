// Starts one GovConnect service: logger, metrics, migrations, Prisma, RabbitMQ (consumers and the
// outbox relay), the HTTP app with /health, /ready and /metrics, and a lifecycle that stops it all
// in reverse order. Services supply only their routes and consumers.
import { Messaging, type SqlClient, type TransactionalClient } from '@govconnect/messaging';
import {
  createApp,
  createLifecycle,
  createLogger,
  createMetrics,
  currentRequestId,
  runWithContext,
  serveHttp,
  type Lifecycle,
  type Logger,
  type Metrics,
  type RawRoute,
} from '@govconnect/service-kit';
import type { Express } from 'express';
import type { HostConfig } from './host-config.ts';
import { startMigrations } from './migrations.ts';

/** What a service's Prisma client must offer the host. */
export interface HostedDb<TTx extends SqlClient = SqlClient> extends TransactionalClient<TTx> {
  $disconnect(): Promise<void>;
}

export interface ServiceDeps<TDb extends HostedDb> {
  config: HostConfig;
  logger: Logger;
  metrics: Metrics;
  db: TDb;
  messaging: Messaging;
}

export interface StartServiceOptions<TDb extends HostedDb> {
  service: string;
  config: HostConfig;
  schemaPath: string;
  createDb: (databaseUrl: string) => TDb;
  /**
   * Mounts the service's routes on the app (after the probes, before the error handler), and any route
   * served ahead of Express with `addRawRoute` (service-kit's raw-route.ts).
   */
  routes?: (app: Express, deps: ServiceDeps<TDb>, addRawRoute: (route: RawRoute) => void) => void;
  /** Starts the service's consumers; they resume by themselves after reconnections. */
  consumers?: (deps: ServiceDeps<TDb>) => Promise<void>;
  /** Whether this service publishes through the outbox (default true). */
  outboxRelay?: boolean;
  /** Options for the broker, e.g. a test's own exchange names. */
  messaging?: Partial<ConstructorParameters<typeof Messaging>[0]>;
  logger?: Logger;
  /** Largest JSON body accepted (body-parser limit, default '1mb'), e.g. '3mb' for Meta's webhooks. */
  maxBodyBytes?: string | number;
}

export interface RunningService<TDb extends HostedDb> extends ServiceDeps<TDb> {
  url: string;
  port: number;
  lifecycle: Lifecycle;
  stop(): Promise<void>;
}

export async function startService<TDb extends HostedDb>(
  options: StartServiceOptions<TDb>,
): Promise<RunningService<TDb>> {
  const { service, config } = options;
  const logger = options.logger ?? createLogger({ service, level: config.LOG_LEVEL });
  const metrics = createMetrics({ service });
  const lifecycle = createLifecycle({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });

  const migrations = startMigrations({
    databaseUrl: config.DATABASE_URL,
    schemaPath: options.schemaPath,
    apply: config.MIGRATE_ON_START,
    logger,
  });
  await migrations.firstAttempt;
  lifecycle.add('migrations', async () => migrations.stop());

  const db = options.createDb(config.DATABASE_URL);
  lifecycle.add('database', () => db.$disconnect());

  const messaging = new Messaging({
    url: config.RABBITMQ_URL,
    serviceName: service,
    logger,
    registry: metrics.registry,
    runInContext: (ctx, fn) => runWithContext(ctx, fn),
    getCorrelationId: currentRequestId,
    ...options.messaging,
  });
  // Connecting retries in the background: the service comes up not-ready and turns ready by itself.
  // It only gives up when closed, which is no error when we are the ones closing it.
  let closingMessaging = false;
  messaging.start().catch((err: unknown) => {
    if (!closingMessaging) logger.error('broker connection stopped trying', { err });
  });
  lifecycle.add('messaging', async () => {
    closingMessaging = true;
    await messaging.close();
  });

  const deps: ServiceDeps<TDb> = { config, logger, metrics, db, messaging };
  if (options.outboxRelay ?? true) messaging.createOutboxRelay({ db }).start();
  await options.consumers?.(deps);

  const { app, addRawRoute, finalize } = createApp({
    service,
    logger,
    metrics,
    maxBodyBytes: options.maxBodyBytes,
    readiness: [
      {
        name: 'database',
        check: async () => {
          await db.$queryRawUnsafe('SELECT 1');
        },
      },
      {
        name: 'broker',
        check: async () => {
          if (!messaging.isConnected()) throw new Error('not connected to RabbitMQ');
        },
      },
      {
        name: 'migrations',
        check: async () => {
          if (!(await migrations.isCurrent())) throw new Error('migrations are pending');
        },
      },
    ],
  });
  options.routes?.(app, deps, addRawRoute);
  const http = await serveHttp(finalize(), config.PORT, config.HOST);
  lifecycle.add('http', () => http.stop());
  logger.info(`${service} listening`, { url: http.url });

  return {
    ...deps,
    url: http.url,
    port: http.port,
    lifecycle,
    async stop() {
      await lifecycle.shutdown('stop requested');
    },
  };
}
