// A plain node-postgres pool for the intake's hot path. Prisma's per-query overhead dominated a
// webhook's cost under load (measured: ~2.5 ms of CPU per webhook); the intake's few set-based
// statements need no ORM. Its transactions offer the same two raw methods as Prisma's, so the
// outbox writer of @govconnect/messaging and the intake repositories work with either; the pool itself
// is a TransactionalClient, so the outbox relay and the reply path run on it too.
import type { SqlClient, TransactionalClient } from '@govconnect/messaging';
import pg from 'pg';

export interface SqlPool extends TransactionalClient {
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** One connection, no explicit transaction: for work that is a single (atomic) statement. */
  single<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

export function createSqlPool(databaseUrl: string, size: number, onError: (err: Error) => void): SqlPool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: size, connectionTimeoutMillis: 5000 });
  // An idle connection dropped by the server must not crash the process; the next checkout reconnects.
  pool.on('error', onError);
  // A connection lost while checked out also emits on the client itself; its query fails anyway.
  pool.on('connect', (client) => client.on('error', onError));
  let ended: Promise<void> | undefined;
  async function transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const tx = clientOf(client);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw err;
    } finally {
      client.release(broken);
    }
  }
  return {
    transaction,
    // No timeout option: the relay's only long wait inside a transaction is the broker's confirm,
    // which has its own timeout.
    $transaction: (fn) => transaction(fn),
    $queryRawUnsafe: async <R>(query: string, ...values: unknown[]) =>
      (await pool.query(query, values)).rows as R,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
      (await pool.query(query, values)).rowCount ?? 0,
    async single<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        return await fn(clientOf(client));
      } finally {
        client.release();
      }
    },
    end: () => (ended ??= pool.end()),
  };
}

function clientOf(client: pg.PoolClient): SqlClient {
  return {
    $queryRawUnsafe: async <R>(query: string, ...values: unknown[]) =>
      (await client.query(query, values)).rows as R,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
      (await client.query(query, values)).rowCount ?? 0,
  };
}
