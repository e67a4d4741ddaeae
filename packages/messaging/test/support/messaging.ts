// A Messaging instance wired for tests: the file's own exchanges, fast reconnects, and a registry
// of its own so metrics can be read back.
import { Registry } from 'prom-client';
import { Messaging, silentLogger, type Logger, type MessagingOptions } from '../../src/index.ts';
import type { BrokerFixture } from './broker.ts';
import { AMQP_URL } from './env.ts';

// MESSAGING_TEST_LOGS=1 prints what the package logs, to follow a failing test.
const consoleLogger: Logger = {
  info: (msg, meta) => console.info(msg, meta ?? ''),
  warn: (msg, meta) => console.warn(msg, meta ?? ''),
  error: (msg, meta) => console.error(msg, meta ?? ''),
  debug: (msg, meta) => console.debug(msg, meta ?? ''),
};
export const testLogger: Logger = process.env.MESSAGING_TEST_LOGS ? consoleLogger : silentLogger;

export function testMessaging(broker: BrokerFixture, overrides: Partial<MessagingOptions> = {}): Messaging {
  return new Messaging({
    url: AMQP_URL,
    serviceName: 'messaging-test',
    logger: testLogger,
    registry: new Registry(),
    topology: broker.exchanges,
    reconnect: { baseMs: 50, factor: 2, maxMs: 400 },
    confirmTimeoutMs: 5_000,
    ...overrides,
  });
}

/** The current value of one series of a counter or gauge (0 when it has none yet). */
export async function metricValue(
  messaging: Messaging,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = messaging.metrics[metricKey(name)];
  const { values } = await metric.get();
  const series = values.find((v) => {
    const have = v.labels as Record<string, unknown>;
    return Object.entries(labels).every(([k, want]) => String(have[k]) === want);
  });
  return series?.value ?? 0;
}

const KEYS = {
  messaging_published_total: 'published',
  messaging_unroutable_total: 'unroutable',
  messaging_consumed_total: 'consumed',
  messaging_retried_total: 'retried',
  messaging_dead_lettered_total: 'deadLettered',
  messaging_outbox_backlog: 'outboxBacklog',
  messaging_queue_depth: 'queueDepth',
  messaging_dlq_depth: 'dlqDepth',
} as const;

function metricKey(name: string): (typeof KEYS)[keyof typeof KEYS] {
  const key = KEYS[name as keyof typeof KEYS];
  if (!key) throw new Error(`unknown metric ${name}`);
  return key;
}
