// The channel service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { devSecret, loadConfig, type Env } from '@govconnect/service-kit';
import { z } from 'zod';

export const SERVICE_NAME = 'channel-service';

const ms = (def: number, description: string) =>
  z.coerce.number().int().min(0).default(def).describe(description);

export const channelConfigShape = {
  ...hostConfigShape({ port: 3001, database: 'gc_channel' }),
  WHATSAPP_APP_SECRET: devSecret(
    'dev-app-secret',
    "Meta app secret: the HMAC-SHA256 key of the webhook's X-Hub-Signature-256",
  ),
  WHATSAPP_VERIFY_TOKEN: devSecret(
    'dev-verify-token',
    "the token Meta's webhook verification handshake (hub.verify_token) must present",
  ),
  WHATSAPP_ACCESS_TOKEN: devSecret('dev-access-token', 'Bearer token for the Graph API'),
  GRAPH_API_BASE_URL: z
    .url()
    .default('http://127.0.0.1:3010')
    .describe('Graph API base URL (https://graph.facebook.com in production; the simulator locally)'),
  GRAPH_API_VERSION: z.string().default('v23.0').describe('Graph API version in request paths'),
  GRAPH_API_TIMEOUT_MS: ms(10_000, 'timeout of one Graph API call'),
  SEND_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .default(4)
    .describe('attempts per outbound message on 429 / 5xx / 130429 / 131056'),
  SEND_RETRY_BASE_MS: ms(1000, 'first retry delay of an outbound message; doubles each attempt'),
  PAIR_RATE_LIMIT_DELAY_MS: ms(6000, "delay before retrying Meta's 131056 (one message per 6 s per user)"),
  FALLBACK_TEMPLATE_NAME: z
    .string()
    .optional()
    .describe('template sent instead of a free-form reply outside the 24-hour window; unset = fail'),
  FALLBACK_TEMPLATE_LANGUAGE: z.string().default('id').describe('language code of the fallback template'),
  BATCH_WINDOW_MS: ms(2000, "window in which a conversation's messages are published as one batch; 0 = off"),
  BATCH_FLUSH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(200)
    .describe('how often due batches are looked for'),
  TAKEOVER_IDLE_MS: ms(30 * 60_000, 'a takeover with no staff activity for this long ends by itself'),
  INTAKE_MAX_GROUP: z.coerce
    .number()
    .int()
    .min(1)
    .default(256)
    .describe('most webhooks committed together in one transaction (group commit)'),
  MEDIA_DIR: z.string().default('./data/media').describe('directory where inbound media files are kept'),
  MEDIA_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5).describe('download attempts per media file'),
  MEDIA_RETRY_BASE_MS: ms(2000, 'first retry delay of a failed media download; doubles each attempt'),
  // One transaction at a time: the webhooks that arrive meanwhile form the next group. Intake bench at
  // 1,000/s (2026-12-06, three runs each): p50 3.5-3.9 ms against 6.1-12.5 ms with 4, CPU per webhook
  // channel 0.68-0.72 / PostgreSQL 0.31-0.35 ms against 0.76-0.84 / 0.46-0.48 ms; saturation the same
  // within the machine's noise.
  INTAKE_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('intake transactions in flight at once (each holds a group of webhooks)'),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(2)
    .default(10)
    .describe('PostgreSQL connections of this process'),
};

export function loadChannelConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, channelConfigShape, env);
}

export type ChannelConfig = ReturnType<typeof loadChannelConfig>;
