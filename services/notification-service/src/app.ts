// Assembles the notification service on the shared host: database, broker, HTTP, its consumers, the
// dispatcher that sends due notifications through channel-service, and a pruner of stale receipts.
import { startService, type ServiceDeps, type StartServiceOptions } from '@govconnect/service-host';
import { requireInternalKey, startIntervalWorker } from '@govconnect/service-kit';
import { fileURLToPath } from 'node:url';
import { createChannelClient } from './channel/channel-client.ts';
import { SERVICE_NAME, type NotificationConfig } from './config.ts';
import { startConsumers } from './consumers/notification.consumers.ts';
import type { NotificationDeps } from './deps.ts';
import { createNotificationMetrics } from './metrics/notification-metrics.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';
import { pruneEarlyReceipts } from './repositories/receipt.repository.ts';
import { notificationRoutes } from './routes/notifications.routes.ts';
import { settingsRoutes } from './routes/settings.routes.ts';
import { dispatchDue } from './use-cases/dispatch-notifications.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

/** Receipts of messages that never became a notification's (AI replies) are kept this long. */
const EARLY_RECEIPT_TTL_MS = 60 * 60 * 1000;

export interface NotificationServiceOptions extends Partial<StartServiceOptions<Db>> {
  now?: () => Date;
}

export async function startNotificationService(
  config: NotificationConfig,
  { now = () => new Date(), ...overrides }: NotificationServiceOptions = {},
) {
  let deps: NotificationDeps | undefined;
  let kick = () => {};
  const workers: { stop(): Promise<void> }[] = [];
  const depsOf = (host: ServiceDeps<Db>): NotificationDeps =>
    (deps ??= {
      db: host.db,
      messaging: host.messaging,
      logger: host.logger,
      config,
      now,
      channel: createChannelClient({
        baseURL: config.CHANNEL_SERVICE_URL,
        apiKey: config.INTERNAL_API_KEY,
        logger: host.logger,
        timeoutMs: config.CHANNEL_TIMEOUT_MS,
      }),
      metrics: createNotificationMetrics(host.metrics, host.db, host.logger),
      kickDispatcher: () => kick(),
    });

  const running = await startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: createPrismaClient,
    consumers: async (host) => {
      const d = depsOf(host);
      const dispatcher = startIntervalWorker(
        'notification dispatcher',
        config.DISPATCH_INTERVAL_MS,
        () => dispatchDue(d),
        host.logger,
      );
      kick = dispatcher.kick;
      const pruner = startIntervalWorker(
        'early receipt pruner',
        10 * 60_000,
        () => pruneEarlyReceipts(host.db, new Date(now().getTime() - EARLY_RECEIPT_TTL_MS)),
        host.logger,
      );
      workers.push(dispatcher, pruner);
      await startConsumers(d);
    },
    routes: (app, host) => {
      app.use(
        '/internal',
        requireInternalKey(config.INTERNAL_API_KEY),
        notificationRoutes(depsOf(host)),
        settingsRoutes(depsOf(host)),
      );
    },
    ...overrides,
  });
  // Added after HTTP, so stopped before it and before the database and broker they use.
  for (const worker of workers) running.lifecycle.add('worker', () => worker.stop());
  return running;
}
