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

/** Distinct statement texts prepared at most; any beyond run unnamed (the texts here are constants). */
const MAX_PREPARED = 200;
const preparedNames = new Map<string, string>();

/**
 * Statements with parameters run as named prepared statements: each connection parses and plans a
 * text once (the intake's statement costs PostgreSQL ~1 ms to parse and plan, more than to run).
 * Names are per process and keyed by the exact text, so a name never stands for two statements.
 */
export function prepared(text: string, values: unknown[]): pg.QueryConfig {
  if (values.length === 0) return { text };
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `gc_${preparedNames.size}`;
    preparedNames.set(text, name);
  }
  return name === undefined ? { text, values } : { name, text, values };
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
      (await pool.query(prepared(query, values))).rows as R,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
      (await pool.query(prepared(query, values))).rowCount ?? 0,
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
      (await client.query(prepared(query, values))).rows as R,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
      (await client.query(prepared(query, values))).rowCount ?? 0,
  };
}
