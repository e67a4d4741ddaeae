// Graceful shutdown: components register a stop function as they start, and on SIGTERM they are stopped in
// reverse order (HTTP first, then consumers, broker, database), each with a deadline, so in-flight work
// finishes and nothing is cut mid-write.
import type { Logger } from '../logging/create-logger.ts';
import { withTimeout } from '../with-timeout.ts';

export interface ShutdownResult {
  ok: boolean;
  /** Names of the steps that failed or ran out of time. */
  failed: string[];
}

export interface InstallSignalHandlersOptions {
  signals?: NodeJS.Signals[];
  /** Injected by tests; process.exit otherwise. */
  exit?: (code: number) => void;
  /** Where signals come from; tests pass an EventEmitter rather than signal the test runner itself. */
  emitter?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
}

export interface Lifecycle {
  /** Registers a running component; call in start order. */
  add(name: string, stop: () => Promise<void>, options?: { timeoutMs?: number }): void;
  /** Stops everything in reverse order. Never throws; calling it again returns the same result. */
  shutdown(reason: string): Promise<ShutdownResult>;
  /** SIGTERM/SIGINT -> shutdown -> exit 0 (or 1 if a step failed). Returns a function removing the handlers. */
  installSignalHandlers(options?: InstallSignalHandlersOptions): () => void;
  readonly isShuttingDown: boolean;
}

export interface CreateLifecycleOptions {
  logger: Logger;
  /** The deadline for each step, in ms. */
  timeoutMs: number;
}

interface Step {
  name: string;
  stop: () => Promise<void>;
  timeoutMs: number;
}

export function createLifecycle({ logger, timeoutMs }: CreateLifecycleOptions): Lifecycle {
  const steps: Step[] = [];
  let shutdownPromise: Promise<ShutdownResult> | undefined;

  async function runShutdown(reason: string): Promise<ShutdownResult> {
    const started = Date.now();
    logger.info('shutting down', { reason, steps: steps.map((s) => s.name).reverse() });
    const failed: string[] = [];
    // Popping (not iterating a copy) also stops a component that finished starting during the shutdown.
    for (let step = steps.pop(); step; step = steps.pop()) {
      const stepStarted = Date.now();
      logger.info(`stopping ${step.name}`);
      try {
        await withTimeout(() => step.stop(), step.timeoutMs, `did not stop within ${step.timeoutMs} ms`);
        logger.info(`stopped ${step.name}`, { durationMs: Date.now() - stepStarted });
      } catch (err) {
        failed.push(step.name);
        logger.error(`failed to stop ${step.name}`, { err, durationMs: Date.now() - stepStarted });
      }
    }
    const ok = failed.length === 0;
    logger.log(ok ? 'info' : 'error', ok ? 'shutdown complete' : 'shutdown finished with failures', {
      reason,
      failed,
      durationMs: Date.now() - started,
    });
    return { ok, failed };
  }

  const lifecycle: Lifecycle = {
    add(name, stop, options = {}) {
      steps.push({ name, stop, timeoutMs: options.timeoutMs ?? timeoutMs });
    },
    shutdown(reason) {
      shutdownPromise ??= runShutdown(reason).catch((err: unknown) => {
        // Only a broken logger gets here; shutdown must still resolve so the process can exit.
        console.error('shutdown failed', err);
        return { ok: false, failed: ['shutdown'] };
      });
      return shutdownPromise;
    },
    installSignalHandlers({
      signals = ['SIGTERM', 'SIGINT'],
      exit = (code: number) => process.exit(code),
      emitter = process,
    } = {}) {
      const onSignal = (signal: NodeJS.Signals) => {
        if (shutdownPromise) {
          // A second Ctrl-C means "now": the operator gave up waiting for the drain.
          logger.warn('second signal during shutdown, exiting immediately', { signal });
          exit(1);
          return;
        }
        void lifecycle.shutdown(signal).then((result) => exit(result.ok ? 0 : 1));
      };
      for (const signal of signals) emitter.on(signal, onSignal);
      return () => {
        for (const signal of signals) emitter.off(signal, onSignal);
      };
    },
    get isShuttingDown() {
      return shutdownPromise !== undefined;
    },
  };
  return lifecycle;
}
