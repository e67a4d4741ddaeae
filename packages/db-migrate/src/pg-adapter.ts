// A PostgreSQL driver adapter for the schema engine, built on @prisma/adapter-pg with two fixes
// the engine needs: catalog queries return PostgreSQL's internal "char" type (OID 18), which the
// adapter rejects, and its shadow database is dropped while its own pool still holds it open.
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PoolConfig } from 'pg';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Queryable = { performIO: (...args: unknown[]) => Promise<{ fields: { dataTypeID: number }[] }> };

function patchQueryable<T extends object>(target: T, dispose?: () => Promise<void>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (prop === 'dispose' && dispose) return dispose;
      const value = Reflect.get(t, prop, t) as unknown;
      if (prop === 'performIO') {
        return async (...args: unknown[]) => {
          const result = await (t as unknown as Queryable).performIO(...args);
          for (const field of result.fields)
            if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
          return result;
        };
      }
      if (prop === 'startTransaction' && typeof value === 'function') {
        return async (...args: unknown[]) => patchQueryable(await value.apply(t, args));
      }
      return typeof value === 'function' ? value.bind(receiver) : value;
    },
  });
}

/** Connection settings without a connection string, so that `database` can be overridden. */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  if (schema && schema !== 'public') throw new Error(`only the public schema is supported, got ${schema}`);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

/**
 * The adapter factory for SchemaEngine.new, and `close()` to end its connections: the engine never
 * disposes them, and an open one would keep holding Prisma's migration advisory lock.
 */
export function createEngineAdapter(databaseUrl: string) {
  const config = poolConfigFromUrl(databaseUrl);
  const main = new PrismaPg(config);
  const open = new Set<{ dispose: () => Promise<void> }>();
  const factory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = await main.connect();
      open.add(adapter);
      return patchQueryable(adapter, async () => {
        open.delete(adapter);
        await adapter.dispose();
      });
    },
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      return patchQueryable(shadow, async () => {
        await shadow.dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      });
    },
  };
  return {
    adapter: bindMigrationAwareSqlAdapterFactory(
      factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0],
    ),
    async close() {
      await Promise.all([...open].map((a) => a.dispose()));
      open.clear();
    },
  };
}
