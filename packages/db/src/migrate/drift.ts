// Do the migrations build what schema.prisma declares? Both are built for real, each in an empty
// database, and their catalogs compared. This needs no help from the engine in reading a live
// database (which the stock driver adapter cannot do; see engine.ts).
import fs from 'node:fs';
import { applyMigrations } from './apply';
import { schemaSql } from './engine';
import { catalogFingerprint, compareFingerprints, type CatalogEntry } from './fingerprint';
import { assertEmpty, openScratchDatabase, runScript } from './scratch';

export interface DriftReport {
  inSync: boolean;
  /** One line per object that differs, naming it. */
  differences: string[];
}

export interface CheckDriftOptions {
  schemaPath: string;
  migrationsDir: string;
  /**
   * Two empty databases to build into (left as built). Without them one throw-away
   * database on the embedded PostgreSQL is used for both, wiped in between.
   */
  urls?: { migrations: string; schema: string };
}

export async function checkDrift(options: CheckDriftOptions): Promise<DriftReport> {
  const schemaText = fs.readFileSync(options.schemaPath, 'utf8');
  if (options.urls) {
    const { migrations, schema } = options.urls;
    const [fromSchema, fromMigrations] = await Promise.all([
      buildFromSchema(schema, schemaText),
      buildFromMigrations(migrations, options.migrationsDir),
    ]);
    return compareBuilds(fromMigrations, fromSchema);
  }
  const scratch = await openScratchDatabase();
  try {
    const fromSchema = await buildFromSchema(scratch.url, schemaText);
    await scratch.wipe();
    const fromMigrations = await buildFromMigrations(scratch.url, options.migrationsDir);
    return compareBuilds(fromMigrations, fromSchema);
  } finally {
    await scratch.release();
  }
}

/** The catalog an empty database gets from the schema's full SQL. */
export async function buildFromSchema(url: string, schemaText: string): Promise<CatalogEntry[]> {
  await assertEmpty(url, 'the database for the schema build');
  await runScript(url, await schemaSql(schemaText));
  return catalogFingerprint(url);
}

/** The catalog an empty database gets from all migrations. */
export async function buildFromMigrations(url: string, migrationsDir: string): Promise<CatalogEntry[]> {
  await applyMigrations({ url, migrationsDir });
  return catalogFingerprint(url);
}

/**
 * Leaves out what only migrations can hold: `cg_` objects, and extensions (schema.prisma declares
 * none; one declared there but never created by a migration is still a difference).
 */
export function compareBuilds(fromMigrations: CatalogEntry[], fromSchema: CatalogEntry[]): DriftReport {
  const declaredExtensions = new Set(fromSchema.filter((entry) => entry.kind === 'extension').map((entry) => entry.name));
  const differences = compareFingerprints(
    {
      label: 'the migrations',
      entries: fromMigrations.filter((entry) => !entry.handWritten && (entry.kind !== 'extension' || declaredExtensions.has(entry.name))),
    },
    { label: 'schema.prisma', entries: fromSchema.filter((entry) => !entry.handWritten) },
  );
  return { inSync: differences.length === 0, differences };
}
