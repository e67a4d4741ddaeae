// A throwaway PostgreSQL database per test file, with the messaging tables created by plain SQL
// that matches the Prisma models (test/prisma/schema.prisma) column for column.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { PG_ADMIN_URL } from './env.ts';

export type TestPrisma = InstanceType<typeof PrismaClient>;

const TABLES = `
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  village_id text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  published_at timestamptz(3),
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbox_events_published_at_created_at_idx ON outbox_events (published_at, created_at);
CREATE TABLE processed_events (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);
CREATE TABLE test_effects (
  id serial PRIMARY KEY,
  event_id uuid NOT NULL,
  note text NOT NULL
);`;

export interface TestDatabase {
  name: string;
  url: string;
  prisma: TestPrisma;
  /** Another client with its own pool, as a second replica would have. */
  newClient(): TestPrisma;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gc_messaging_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const setup = new pg.Client({ connectionString });
  await setup.connect();
  await setup.query(TABLES);
  await setup.end();

  const clients: TestPrisma[] = [];
  const newClient = (): TestPrisma => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
    clients.push(client);
    return client;
  };
  return {
    name,
    url: connectionString,
    prisma: newClient(),
    newClient,
    drop: async () => {
      await Promise.all(clients.map((c) => c.$disconnect()));
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** How many effect rows each event id has (only those with `note`, when given). */
export async function effectCounts(prisma: TestPrisma, note?: string): Promise<Map<string, number>> {
  const rows = await prisma.testEffect.groupBy({
    by: ['eventId'],
    where: note === undefined ? {} : { note },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.eventId, r._count._all]));
}
