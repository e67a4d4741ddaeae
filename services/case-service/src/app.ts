// Assembles the case service on the shared host: database, broker, HTTP.
import { startService, type StartServiceOptions } from '@govconnect/service-host';
import { requireInternalKey } from '@govconnect/service-kit';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAME, type CaseConfig } from './config.ts';
import type { CaseDeps } from './deps.ts';
import { registerOverdueGauge } from './metrics/overdue-gauge.ts';
import { createPrismaClient, type Db } from './repositories/prisma-client.ts';
import { catalogRoutes } from './routes/catalog.routes.ts';
import { complaintListRoutes } from './routes/complaint-list.routes.ts';
import { complaintRoutes } from './routes/complaints.routes.ts';
import { open311Routes } from './routes/open311.routes.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export interface CaseServiceOptions extends Partial<StartServiceOptions<Db>> {
  /** The clock use cases read (tests fix it to cross midnight in Asia/Jakarta). */
  now?: () => Date;
}

export function startCaseService(config: CaseConfig, { now, ...overrides }: CaseServiceOptions = {}) {
  return startService<Db>({
    service: SERVICE_NAME,
    config,
    schemaPath: SCHEMA_PATH,
    createDb: createPrismaClient,
    routes: (app, host) => {
      const deps: CaseDeps = { ...host, now: now ?? (() => new Date()) };
      registerOverdueGauge(host.metrics, host.db, host.logger, deps.now);
      app.use(
        '/internal',
        requireInternalKey(config.INTERNAL_API_KEY),
        complaintListRoutes(deps), // before /complaints/:id, which would read "stats" as an id
        complaintRoutes(deps),
        catalogRoutes(deps),
      );
      app.use('/open311/v2', open311Routes(deps, config.OPEN311_API_KEYS));
    },
    ...overrides,
  });
}
