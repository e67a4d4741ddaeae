// The configuration keys every hosted service has, on top of service-kit's base shape.
import { baseConfigShape, devSecret } from '@govconnect/service-kit';
import { z } from 'zod';

export function hostConfigShape(defaults: { port: number; database: string }) {
  return {
    ...baseConfigShape,
    PORT: z.coerce.number().int().min(0).max(65535).default(defaults.port).describe('HTTP port'),
    HOST: z.string().default('0.0.0.0').describe('HTTP listen address'),
    DATABASE_URL: devSecret(
      `postgresql://${defaults.database}:${defaults.database}@127.0.0.1:5432/${defaults.database}`,
      `PostgreSQL URL of this service's own database (${defaults.database})`,
    ),
    RABBITMQ_URL: devSecret('amqp://guest:guest@127.0.0.1:5672', 'RabbitMQ URL'),
    MIGRATE_ON_START: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true')
      .describe(
        'apply pending Prisma migrations at start (false when an init job runs prisma migrate deploy)',
      ),
  };
}

export type HostConfigShape = ReturnType<typeof hostConfigShape>;
export type HostConfig = { [K in keyof HostConfigShape]: z.output<HostConfigShape[K]> };
