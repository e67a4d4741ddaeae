// The settings every service shares; a service spreads this into its own shape and adds PORT, DATABASE_URL...
import { z } from 'zod';
import { devSecret } from './dev-secret.ts';

export const baseConfigShape = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('runtime mode; production refuses development secrets'),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'])
    .default('info')
    .describe('lowest log level written'),
  INTERNAL_API_KEY: devSecret(
    'dev-internal-key',
    'shared key services present in x-internal-api-key when calling each other',
  ),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(10_000)
    .describe('how long each shutdown step may take before it is abandoned, in ms'),
};
