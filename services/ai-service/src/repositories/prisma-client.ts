// The Prisma client for gc_ai, over node-postgres (Prisma 7 runs queries through a driver adapter).
// The pool is ours, so that the knowledge search's hot path can use it directly (sqlPoolOf), without
// Prisma's per-query overhead; Prisma ends it on $disconnect.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Db = PrismaClient;

const pools = new WeakMap<Db, pg.Pool>();

export function createPrismaClient(databaseUrl: string): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // HNSW with a filter keeps scanning past filtered-out neighbours (pgvector >= 0.8).
    options: '-c hnsw.iterative_scan=relaxed_order',
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/** The node-postgres pool under a client made by createPrismaClient. */
export function sqlPoolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('sqlPoolOf: this client was not made by createPrismaClient');
  return pool;
}
