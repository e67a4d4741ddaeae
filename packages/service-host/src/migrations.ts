// Applies the service's migrations at start and keeps trying in the background when the database
// is not reachable yet, so the process comes up, reports not-ready, and becomes ready by itself.
import { applyMigrations, pendingMigrations } from '@govconnect/db-migrate';
import type { Logger } from '@govconnect/service-kit';
import path from 'node:path';

export interface MigrationState {
  /** Resolves true once every migration in the folder is applied. */
  isCurrent(): Promise<boolean>;
  stop(): void;
}

export function startMigrations(opts: {
  databaseUrl: string;
  schemaPath: string;
  apply: boolean;
  logger: Logger;
  retryMs?: number;
}): MigrationState & { firstAttempt: Promise<void> } {
  const migrationsDir = path.join(path.dirname(opts.schemaPath), 'migrations');
  let current = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const attempt = async (): Promise<void> => {
    if (!opts.apply || stopped) return;
    try {
      const applied = await applyMigrations({ databaseUrl: opts.databaseUrl, schemaPath: opts.schemaPath });
      opts.logger.info(applied.length ? 'migrations applied' : 'database schema is up to date', { applied });
      current = true;
    } catch (err) {
      opts.logger.error('applying migrations failed; retrying', { err, retryInMs: opts.retryMs ?? 5000 });
      timer = setTimeout(() => void attempt(), opts.retryMs ?? 5000);
    }
  };

  return {
    firstAttempt: attempt(),
    async isCurrent() {
      if (current) return true;
      current = (await pendingMigrations(opts.databaseUrl, migrationsDir)).length === 0;
      return current;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
