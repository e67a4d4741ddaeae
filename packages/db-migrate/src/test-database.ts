// Throwaway databases for integration tests: each test file gets its own, dropped afterwards.
import pg from 'pg';
import { poolConfigFromUrl } from './pg-adapter.ts';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The server tests use: TEST_DATABASE_URL, or the local superuser over TCP. */
export function testServerUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export async function createTestDatabase(prefix: string, serverUrl = testServerUrl()): Promise<TestDatabase> {
  const name = `${prefix}_${crypto.randomUUID().slice(0, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const config = poolConfigFromUrl(serverUrl);
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ ...config, database: 'postgres' });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
