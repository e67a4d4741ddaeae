// The slice of a Prisma client this package uses. It is structural, so any service's generated
// PrismaClient (and its interactive-transaction client) fits without this package depending on a
// generated schema; the tables are reached with raw SQL for the same reason.

export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

export interface TransactionOptions {
  /** How long to wait for a connection from the pool. */
  maxWait?: number;
  /** How long the transaction may run before Prisma rolls it back. */
  timeout?: number;
}

/** A client that can open an interactive transaction whose client is `TTx`. */
export interface TransactionalClient<TTx extends SqlClient = SqlClient> extends SqlClient {
  $transaction<R>(fn: (tx: TTx) => Promise<R>, options?: TransactionOptions): PromiseLike<R>;
}
