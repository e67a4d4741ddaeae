// `npm start` runs this after the service reports ready (its migrations are applied): it seeds the
// demo village. Safe to run again.
import { loadChannelConfig } from './config.ts';
import { createPrismaClient } from './repositories/prisma-client.ts';
import { seedDemoVillage } from './use-cases/seed-demo-village.ts';

const config = loadChannelConfig();
const db = createPrismaClient(config.DATABASE_URL);
try {
  const village = await seedDemoVillage(db);
  console.log(
    `seed: village ${village.name} (${village.id}), WhatsApp phone_number_id ${village.phoneNumberId}`,
  );
} finally {
  await db.$disconnect();
}
