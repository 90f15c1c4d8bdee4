// Migrations without the native schema engine: Prisma's layout and `_prisma_migrations` history,
// applied with `pg`, authored and checked with Prisma's WASM schema engine.
export { applyMigrations, migrationStatus, MigrationError } from './apply';
export type { MigrationsTarget, MigrationStatus } from './apply';
export { createMigration } from './create';
export type { CreateMigrationOptions, CreateMigrationResult } from './create';
export { checkDrift } from './drift';
export type { CheckDriftOptions, DriftReport } from './drift';
export { diffToSchema, lastEnginePanic, loadSchemaEngine, schemaSql } from './engine';
export type { LoadSchemaEngineOptions, SchemaEngine } from './engine';
export { catalogFingerprint } from './fingerprint';
export type { CatalogEntry } from './fingerprint';
export { engineMigrationList, readMigrations } from './files';
export type { MigrationFile } from './files';
