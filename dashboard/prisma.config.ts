// Prisma CLI configuration (prisma generate; prisma migrate deploy in the Docker image).
// The CLI runs outside the app, so it reads DATABASE_URL itself.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://gc_dashboard@127.0.0.1:5432/gc_dashboard',
  },
});
