// The Prisma client for gc_dashboard, one per process (Next may evaluate modules more than once in
// development, so it is kept on globalThis).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { config } from '../config.ts';

export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 5 }) });
}

const holder = globalThis as unknown as { __gcDashboardDb?: Db };

export function db(): Db {
  holder.__gcDashboardDb ??= createPrismaClient(config().DATABASE_URL);
  return holder.__gcDashboardDb;
}
