// Assembles the notification service on the shared host: database, broker, HTTP.
import { startService, type StartServiceOptions } from '@govconnect/service-host';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAME, type NotificationConfig } from './config.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export function startNotificationService(
  config: NotificationConfig,
  overrides: Partial<StartServiceOptions<Db>> = {},
) {
  return startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: createPrismaClient,
    ...overrides,
  });
}
