// Creates a service's database when it does not exist yet (development and tests; in production
// database/ bootstraps the server with roles and grants).
import { poolConfigFromUrl } from './pg-adapter.ts';
import { connectShortClient } from './short-client.ts';

export async function ensureDatabase(databaseUrl: string, extensions: string[] = []): Promise<boolean> {
  const config = poolConfigFromUrl(databaseUrl);
  const name = config.database;
  if (!name) throw new Error('the database URL names no database');
  const admin = await connectShortClient({ ...config, database: 'postgres' });
  let created = false;
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`).catch((err: { code?: string }) => {
        // Another process created it between our check and our create.
        if (err.code !== '42P04') throw err;
      });
      created = true;
    }
  } finally {
    await admin.end();
  }
  if (extensions.length > 0) {
    const db = await connectShortClient({ ...config });
    try {
      for (const ext of extensions)
        await db.query(`CREATE EXTENSION IF NOT EXISTS "${ext.replaceAll('"', '""')}"`);
    } finally {
      await db.end();
    }
  }
  return created;
}
