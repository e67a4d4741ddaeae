// The benches' throwaway databases.
import pg from 'pg';

/**
 * A live database has planner statistics (autovacuum analyses tables as they grow); a throwaway one has
 * none until this runs, and without them PostgreSQL scans where it would use an index.
 */
export async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
