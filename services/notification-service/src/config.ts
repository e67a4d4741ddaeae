// The notification service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';
import { z } from 'zod';

export const SERVICE_NAME = 'notification-service';

const ms = (def: number, description: string) =>
  z.coerce.number().int().min(0).default(def).describe(description);

export const notificationConfigShape = {
  ...hostConfigShape({ port: 3004, database: 'gc_notification' }),
  CHANNEL_SERVICE_URL: z
    .url()
    .default('http://127.0.0.1:3001')
    .describe("channel-service base URL (POST /internal/messages/send, the citizen's 24-hour window)"),
  CHANNEL_TIMEOUT_MS: ms(60_000, 'timeout of one send through channel-service (it retries Meta itself)'),
  NOTIFY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('send attempts of one notification before it is failed and dead-lettered'),
  NOTIFY_RETRY_BASE_MS: ms(10_000, 'delay after the first failed attempt; x4 each further attempt'),
  NOTIFY_RETRY_MAX_MS: ms(15 * 60_000, 'longest delay between two attempts'),
  PAIR_INTERVAL_MS: ms(
    6_000,
    "least time between two sends to the same citizen (Meta's pair rate limit, 131056); retries wait at least this",
  ),
  DISPATCH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(1_000)
    .describe('how often due notifications are looked for'),
  DISPATCH_BATCH_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('notifications claimed and sent at once'),
  SEND_LEASE_MS: ms(120_000, 'a claimed notification not settled in this time is claimed again'),
};

export function loadNotificationConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, notificationConfigShape, env);
}

export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;
