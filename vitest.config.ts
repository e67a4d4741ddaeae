import { defineConfig } from 'vitest/config';

// Integration tests share one PostgreSQL server and one RabbitMQ broker; each test file uses its
// own databases and queue names, so files may run in parallel.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'services/*/test/**/*.test.ts',
      'supporting/wa-simulator/src/**/*.test.ts',
      'supporting/wa-simulator/test/**/*.test.ts',
      'database/**/*.test.ts',
      'scripts/**/*.test.ts',
      'dashboard/src/**/*.test.ts',
      'dashboard/test/**/*.test.ts',
      'infra/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
