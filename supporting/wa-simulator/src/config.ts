// The standalone simulator's configuration (main.ts), parsed once from the environment.
import { loadConfig, type Env } from '@govconnect/service-kit';
import { z } from 'zod';

export const simulatorConfigShape = {
  LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'])
    .default('info')
    .describe('lowest log level written'),
  SIMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(3010).describe('HTTP port'),
  SIMULATOR_HOST: z.string().default('0.0.0.0').describe('interface to listen on'),
  CHANNEL_WEBHOOK_URL: z
    .url()
    .default('http://127.0.0.1:3001/webhook/whatsapp')
    .describe("the channel service's webhook, where citizen messages and statuses are posted"),
  WHATSAPP_APP_SECRET: z
    .string()
    .min(1)
    .default('dev-app-secret')
    .describe('app secret that signs every webhook (must match the channel service)'),
  WHATSAPP_ACCESS_TOKEN: z
    .string()
    .optional()
    .describe('Bearer token the Graph API side requires; any non-empty token when unset'),
  STATUS_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(50)
    .describe('delay before each sent / delivered / read status webhook, in ms'),
};

export function loadSimulatorConfig(env: Env = process.env) {
  return loadConfig('wa-simulator', simulatorConfigShape, env);
}
