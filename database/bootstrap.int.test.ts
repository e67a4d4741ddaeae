import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('./bootstrap.sh', import.meta.url));
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function query<T extends pg.QueryResultRow>(database: string, text: string): Promise<T[]> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

it('when bootstrap runs twice, then the five databases exist once, each owned by its own role, with vector in gc_ai', () => {
  for (let i = 0; i < 2; i++) {
    const run = spawnSync('bash', [script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  }
  return (async () => {
    const dbs = await query<{ datname: string; owner: string }>(
      'postgres',
      `SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname LIKE 'gc\\_%' AND datname NOT LIKE '%\\_test\\_%' ORDER BY 1`,
    );
    const expected = ['gc_ai', 'gc_case', 'gc_channel', 'gc_dashboard', 'gc_notification'];
    expect(dbs.filter((d) => expected.includes(d.datname))).toEqual(
      expected.map((d) => ({ datname: d, owner: d })),
    );
    const ext = await query<{ extname: string }>(
      'gc_ai',
      `SELECT extname FROM pg_extension WHERE extname = 'vector'`,
    );
    expect(ext).toHaveLength(1);
    // A service's role cannot connect to another service's database.
    const grants = await query<{ allowed: boolean }>(
      'postgres',
      `SELECT has_database_privilege('gc_case', 'gc_channel', 'CONNECT') AS allowed`,
    );
    expect(grants[0]?.allowed).toBe(false);
  })();
});

it('when NODE_ENV is production and a role password is missing, then bootstrap refuses to run', () => {
  const run = spawnSync('bash', [script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', SKIP_PGVECTOR_CHECK: '1', GC_CHANNEL_DB_PASSWORD: '' },
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('GC_CHANNEL_DB_PASSWORD is required in production');
});
