// What use cases and consumers receive: the database, the broker, the channel client, metrics,
// the service's configuration, a clock, and a way to wake the dispatcher after a commit.
import type { Messaging } from '@govconnect/messaging';
import type { Logger } from '@govconnect/service-kit';
import type { ChannelClient } from './channel/channel-client.ts';
import type { NotificationConfig } from './config.ts';
import type { NotificationMetrics } from './metrics/notification-metrics.ts';
import type { Db } from './repositories/prisma-client.ts';

export interface NotificationDeps {
  db: Db;
  messaging: Messaging;
  logger: Logger;
  config: NotificationConfig;
  channel: ChannelClient;
  metrics: NotificationMetrics;
  now: () => Date;
  /** Runs the dispatcher soon (after the caller's transaction has committed). */
  kickDispatcher: () => void;
}

export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;
