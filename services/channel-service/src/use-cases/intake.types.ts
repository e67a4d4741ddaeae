// The shapes passed between the webhook route, the intake use case and its group commit.
import type { Messaging } from '@govconnect/messaging';
import type { Logger, Metrics } from '@govconnect/service-kit';
import type { ChannelConfig } from '../config.ts';
import type { LiveFeed } from '../domain/live-feed.ts';
import type { MessagesChange } from '../domain/webhook-changes.ts';
import type { Db } from '../repositories/prisma-client.ts';
import type { SqlPool } from '../repositories/sql-pool.ts';
import type { VillageById } from './village-lookup.ts';

export interface ChannelDeps {
  config: ChannelConfig;
  logger: Logger;
  metrics: Metrics;
  db: Db;
  /** node-postgres pool of the intake's hot path (see sql-pool.ts). */
  sql: SqlPool;
  /** A village by id, cached for 30 s (see village-lookup.ts). */
  villageById: VillageById;
  messaging: Messaging;
  feed: LiveFeed;
  /** Asks the outbox relay to publish now, after a commit that wrote events. */
  kickOutbox: () => void;
  /** Asks the media worker to download now, after a commit that queued media. */
  kickMedia: () => void;
}

/** One webhook's `messages` changes, each resolved to its village. */
export interface IntakeWork {
  correlationId: string;
  changes: (MessagesChange & { villageId: string })[];
}

export interface IntakeOutcome {
  stored: number;
  duplicates: number;
  statuses: number;
}
