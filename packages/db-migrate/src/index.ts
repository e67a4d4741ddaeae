export {
  applyMigrations,
  createMigration,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  pendingMigrations,
  readMigrationList,
  type MigrationTarget,
} from './migrations.ts';
export { ensureDatabase } from './ensure-database.ts';
export { createTestDatabase, testServerUrl, type TestDatabase } from './test-database.ts';
