// Seeds the demo users of ARCHITECTURE.md (safe to run again: existing accounts are left as they are).
import { parseConfig } from './config.ts';
import { createPrismaClient } from './server/db.ts';
import { seedDemoUsers } from './server/users.ts';

const config = parseConfig(process.env);
if (config.APP_ENV === 'production') {
  console.error('seed: refusing to create demo users in production');
  process.exit(1);
}
const db = createPrismaClient(config.DATABASE_URL);
try {
  const created = await seedDemoUsers(db);
  console.log(created.length ? `seed: created ${created.join(', ')}` : 'seed: demo users already exist');
} finally {
  await db.$disconnect();
}
