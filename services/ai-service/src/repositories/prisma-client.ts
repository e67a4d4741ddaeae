// The Prisma client for gc_ai, over node-postgres (Prisma 7 runs queries through a driver adapter),
// and a second, separate pool for the knowledge search's hot path (sqlPoolOf: plain SQL, without
// Prisma's per-query overhead). Separate on purpose: a conversation turn holds a connection of
// Prisma's pool for its whole transaction and searches meanwhile; searching from the same pool, as
// many turns as the pool has connections would hold them all and wait for one another until their
// transactions timed out. Both pools end on $disconnect.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type Db = PrismaClient;

/** Connections of each pool (node-postgres' default). */
const POOL_SIZE = 10;

const searchPools = new WeakMap<Db, pg.Pool>();

export function createPrismaClient(databaseUrl: string): Db {
  const newPool = () =>
    new pg.Pool({
      connectionString: databaseUrl,
      max: POOL_SIZE,
      // HNSW with a filter keeps scanning past filtered-out neighbours (pgvector >= 0.8).
      options: '-c hnsw.iterative_scan=relaxed_order',
    });
  const searchPool = newPool();
  // A dropped idle connection must not crash the process: the pool replaces it on the next query.
  searchPool.on('error', () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(newPool(), { disposeExternalPool: true }) });
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await disconnect();
    if (!searchPool.ended) await searchPool.end();
  };
  searchPools.set(db, searchPool);
  return db;
}

/** The knowledge search's own node-postgres pool of a client made by createPrismaClient. */
export function sqlPoolOf(db: Db): pg.Pool {
  const pool = searchPools.get(db);
  if (!pool) throw new Error('sqlPoolOf: this client was not made by createPrismaClient');
  return pool;
}
