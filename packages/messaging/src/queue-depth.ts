// Keeps messaging_queue_depth and messaging_dlq_depth current for one consumer queue, by asking
// the broker (queue.declare passive) when Prometheus scrapes.
import type { ConnectionManager } from './connection.ts';
import { describeError, type Logger } from './logger.ts';
import type { MessagingMetrics } from './metrics.ts';
import { deadLetterQueueName } from './topology.ts';

// A scrape must not hang on a slow broker.
const CHECK_TIMEOUT_MS = 2_000;

/** Starts tracking `queue`; returns the function that stops it and removes its series. */
export function trackQueueDepth(
  metrics: MessagingMetrics,
  connection: ConnectionManager,
  queue: string,
  logger: Logger,
): () => void {
  const refresh = async (): Promise<void> => {
    if (!connection.isConnected()) return;
    try {
      await withTimeout(
        connection.withChannel(async (channel) => {
          const main = await channel.raw.checkQueue(queue);
          metrics.queueDepth.set({ queue }, main.messageCount);
          const dlq = await channel.raw.checkQueue(deadLetterQueueName(queue));
          metrics.dlqDepth.set({ queue }, dlq.messageCount);
        }),
        CHECK_TIMEOUT_MS,
      );
    } catch (error) {
      logger.debug('messaging: cannot read queue depth', { queue, error: describeError(error) });
    }
  };
  const unregister = metrics.onDepthRefresh(refresh);
  return () => {
    unregister();
    metrics.queueDepth.remove({ queue });
    metrics.dlqDepth.remove({ queue });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
