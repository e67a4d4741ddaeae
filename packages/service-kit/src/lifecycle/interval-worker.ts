// Runs a job on an interval, one run at a time, logging (never throwing) failures; stop() waits for
// the run in flight, so shutdown never cuts a transaction in half.
import type { Logger } from '../logging/create-logger.ts';

/** While a job keeps failing (the database is down), it is logged at most this often. */
const LOG_EVERY_MS = 30_000;

export interface IntervalWorker {
  /** Runs the job now (unless a run is in flight). */
  kick(): void;
  /** Stops the timer and waits for the run in flight. */
  stop(): Promise<void>;
}

export function startIntervalWorker(
  name: string,
  intervalMs: number,
  job: () => Promise<unknown>,
  logger: Logger,
): IntervalWorker {
  let running: Promise<void> | undefined;
  let stopped = false;
  let failures = 0;
  let lastLogged = 0;
  const tick = () => {
    if (running || stopped) return;
    running = job()
      .then(() => {
        if (failures > 0) logger.info(`${name} works again`, { failedRuns: failures });
        failures = 0;
      })
      .catch((err: unknown) => {
        failures++;
        if (failures === 1 || Date.now() - lastLogged > LOG_EVERY_MS) {
          lastLogged = Date.now();
          logger.error(`${name} failed; retrying on the next tick`, { err, failedRuns: failures });
        }
      })
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
