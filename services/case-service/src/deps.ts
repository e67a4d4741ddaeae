// What use cases receive: the database and the broker's outbox (from the service host), and a clock.
import type { Messaging } from '@govconnect/messaging';
import type { Logger } from '@govconnect/service-kit';
import type { Db } from './repositories/prisma-client.ts';

export interface CaseDeps {
  db: Db;
  messaging: Messaging;
  logger: Logger;
  /** The current time; tests pass a fixed clock to cross midnight in Asia/Jakarta. */
  now: () => Date;
}

/** Interactive transactions wait for a pooled connection and a row lock under bursts of creations. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
