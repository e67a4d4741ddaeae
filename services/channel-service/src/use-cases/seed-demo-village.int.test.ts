import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../app.ts';
import { createPrismaClient, type Db } from '../repositories/prisma-client.ts';
import { createVillageRepository } from '../repositories/village.repository.ts';
import { DEMO_VILLAGE, seedDemoVillage } from './seed-demo-village.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase('channel_seed');
  await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA_PATH });
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

it('when the demo village is seeded twice, then there is one village, found by its WhatsApp number', async () => {
  await seedDemoVillage(db);
  await seedDemoVillage(db);
  expect(await db.village.count()).toBe(1);
  const found = await createVillageRepository(db).findByPhoneNumberId('100000000000001');
  expect(found).toEqual(DEMO_VILLAGE);
  expect(await createVillageRepository(db).findByPhoneNumberId('999')).toBeNull();
});
