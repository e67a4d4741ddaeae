// Assembles the channel service on the shared host: database, broker, HTTP, and its own routes,
// consumers and background workers (batch flusher, takeover expiry).
import { startService, type ServiceDeps, type StartServiceOptions } from '@govconnect/service-host';
import { currentRequestId, startIntervalWorker } from '@govconnect/service-kit';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAME, type ChannelConfig } from './config.ts';
import { startConsumers } from './consumers/channel.consumers.ts';
import { LiveFeed } from './domain/live-feed.ts';
import { createGraphClient } from './graph/graph-client.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';
import { createSqlPool, type SqlPool } from './repositories/sql-pool.ts';
import { analyticsRoutes } from './routes/analytics.routes.ts';
import { internalRoutes } from './routes/internal.routes.ts';
import { mediaRoutes } from './routes/media.routes.ts';
import { streamRoutes } from './routes/stream.routes.ts';
import { villagesRoutes } from './routes/villages.routes.ts';
import { webhookRoutes } from './routes/webhook.routes.ts';
import { downloadDueMedia } from './use-cases/download-media.ts';
import { flushDueBatches } from './use-cases/flush-due-batches.ts';
import type { ChannelDeps } from './use-cases/intake.types.ts';
import { createIntake } from './use-cases/receive-webhook.ts';
import { expireIdleTakeovers } from './use-cases/takeover.ts';
import { createVillageByIdLookup, type VillageById } from './use-cases/village-lookup.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export async function startChannelService(
  config: ChannelConfig,
  overrides: Partial<StartServiceOptions<Db>> = {},
) {
  const feed = new LiveFeed();
  const graph = createGraphClient({
    baseUrl: config.GRAPH_API_BASE_URL,
    version: config.GRAPH_API_VERSION,
    accessToken: config.WHATSAPP_ACCESS_TOKEN,
    timeoutMs: config.GRAPH_API_TIMEOUT_MS,
    requestId: currentRequestId,
  });
  const workers: { stop(): Promise<void> }[] = [];
  let sql: SqlPool | undefined;
  let villageById: VillageById | undefined;
  let kickRelay = () => {};
  let kickMedia = () => {};
  const channelDeps = (deps: ServiceDeps<Db>): ChannelDeps => ({
    ...deps,
    config,
    feed,
    sql: (sql ??= createSqlPool(config.DATABASE_URL, config.DATABASE_POOL_SIZE, (err) =>
      deps.logger.warn('an idle intake database connection failed', { err }),
    )),
    villageById: (villageById ??= createVillageByIdLookup(deps.db)),
    kickOutbox: () => kickRelay(),
    kickMedia: () => kickMedia(),
  });

  const running = await startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: (url) => createPrismaClient(url, config.DATABASE_POOL_SIZE),
    // Our own relay, so that the batch flusher can kick it right after a commit (messaging.close() stops it).
    outboxRelay: false,
    consumers: async (deps) => {
      const d = channelDeps(deps);
      // On the node-postgres pool: a relay pass is a handful of statements run after almost every
      // commit, and Prisma's per-statement overhead was a large share of the service's CPU under load.
      const relay = deps.messaging.createOutboxRelay({ db: d.sql });
      relay.start();
      kickRelay = () => relay.kick();
      const flusher = startIntervalWorker(
        'batch flusher',
        config.BATCH_FLUSH_INTERVAL_MS,
        async () => {
          if ((await flushDueBatches(d)) > 0) d.kickOutbox();
        },
        deps.logger,
      );
      const expiry = startIntervalWorker(
        'takeover expiry',
        Math.max(1000, Math.min(60_000, Math.floor(config.TAKEOVER_IDLE_MS / 4))),
        () => expireIdleTakeovers(d),
        deps.logger,
      );
      const media = startIntervalWorker(
        'media downloader',
        1000,
        () => downloadDueMedia({ ...d, graph }),
        deps.logger,
      );
      kickMedia = media.kick;
      workers.push(flusher, expiry, media);
      await startConsumers(d, graph);
    },
    routes: (app, deps, addRawRoute) => {
      const d = channelDeps(deps);
      webhookRoutes(app, addRawRoute, d, createIntake(d));
      internalRoutes(app, d, graph);
      analyticsRoutes(app, d);
      villagesRoutes(app, d);
      streamRoutes(app, d);
      mediaRoutes(app, d);
    },
    ...overrides,
  });
  // Added after HTTP, so stopped before it and before the database and broker they use.
  for (const worker of workers) running.lifecycle.add('worker', () => worker.stop());
  return {
    ...running,
    feed,
    /** Stops everything, then the intake pool (which HTTP requests in flight may still have used). */
    async stop() {
      await running.stop();
      await sql?.end();
    },
  };
}
