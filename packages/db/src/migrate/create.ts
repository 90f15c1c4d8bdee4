// Writing the next migration. "The state the existing migrations produce" is taken from a real
// database the migrations were applied to (so a hand-edited migration counts as written), with
// its hand-written `cg_` objects removed so that the engine, which cannot see them in
// schema.prisma, does not propose to drop them. The engine diffs that database against the
// schema; the result is then proven by applying it and comparing catalogs with the schema's
// full SQL. The engine is never trusted to say "no changes" on its own (a broken engine setup
// answers an empty diff; see docs/migrations.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTransaction, withClient } from './connection';
import { buildFromMigrations, buildFromSchema, compareBuilds } from './drift';
import { diffToSchema } from './engine';
import { ensureMigrationLock, migrationTimestamp } from './files';
import { openScratchDatabase } from './scratch';

export interface CreateMigrationOptions {
  /** Becomes the folder name's suffix, in snake case: `<YYYYMMDDHHMMSS>_<name>`. */
  name: string;
  schemaPath: string;
  migrationsDir: string;
  /** An empty database that may be used and wiped; default: a database on this process's throw-away embedded PostgreSQL. */
  scratchUrl?: string;
  /** The migration's timestamp; default now. */
  now?: Date;
}

export type CreateMigrationResult = { created: true; name: string; file: string; sql: string } | { created: false; reason: 'no changes' };

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const schemaText = fs.readFileSync(options.schemaPath, 'utf8');
  const folder = `${migrationTimestamp(options.now)}_${snakeCase(options.name)}`;
  const scratch = await openScratchDatabase(options.scratchUrl);
  try {
    const declared = await buildFromSchema(scratch.url, schemaText);
    await scratch.wipe();

    const current = await buildFromMigrations(scratch.url, options.migrationsDir);
    await dropHandWritten(scratch.url);
    const sql = await diffToSchema(schemaText, scratch.url);
    await scratch.wipe();

    if (!hasStatements(sql)) {
      const drift = compareBuilds(current, declared);
      if (!drift.inSync) {
        throw new Error(
          `the schema engine proposed no migration, yet the migrations do not build what schema.prisma declares:\n  ${drift.differences.join('\n  ')}`,
        );
      }
      return { created: false, reason: 'no changes' };
    }

    const trial = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-migration-'));
    try {
      if (fs.existsSync(options.migrationsDir)) fs.cpSync(options.migrationsDir, trial, { recursive: true });
      writeMigration(trial, folder, sql);
      const proposed = compareBuilds(await buildFromMigrations(scratch.url, trial), declared);
      if (!proposed.inSync) {
        throw new Error(
          `the generated migration does not reach what schema.prisma declares:\n  ${proposed.differences.join('\n  ')}\n--- generated SQL ---\n${sql}`,
        );
      }
    } finally {
      fs.rmSync(trial, { recursive: true, force: true });
    }
    const file = writeMigration(options.migrationsDir, folder, sql);
    return { created: true, name: folder, file, sql };
  } finally {
    await scratch.release();
  }
}

/**
 * Removes what migrations hold that schema.prisma cannot declare: `cg_` triggers, constraints,
 * indexes, columns, views, tables and functions (in that order: later ones are used by earlier
 * ones). A `cg_` table goes whole, with its own constraints and indexes (PostgreSQL 18 lists a
 * primary key column's NOT NULL as a constraint of its own, which cannot be dropped alone). Extensions stay: the engine leaves undeclared extensions alone, and a Prisma-declared
 * index may use one (`gin_trgm_ops`).
 */
async function dropHandWritten(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ statement: string }>(`
      SELECT format('DROP TRIGGER %I ON %I', g.tgname, c.relname) AS statement, 1 AS step
        FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
       WHERE c.relnamespace = 'public'::regnamespace AND NOT g.tgisinternal AND g.tgname LIKE 'cg\\_%'
      UNION ALL
      SELECT format('ALTER TABLE %I DROP CONSTRAINT IF EXISTS %I', c.relname, k.conname), 2
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       WHERE c.relnamespace = 'public'::regnamespace AND k.conname LIKE 'cg\\_%' AND c.relname NOT LIKE 'cg\\_%'
      UNION ALL
      SELECT format('DROP INDEX IF EXISTS %I', indexname), 3 FROM pg_indexes
       WHERE schemaname = 'public' AND indexname LIKE 'cg\\_%' AND tablename NOT LIKE 'cg\\_%'
      UNION ALL
      SELECT format('ALTER TABLE %I DROP COLUMN IF EXISTS %I', c.relname, a.attname), 4
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
         AND a.attnum > 0 AND NOT a.attisdropped AND a.attname LIKE 'cg\\_%' AND c.relname NOT LIKE 'cg\\_%'
      UNION ALL
      SELECT format('DROP %s %I', CASE WHEN c.relkind = 'm' THEN 'MATERIALIZED VIEW' WHEN c.relkind = 'v' THEN 'VIEW' ELSE 'TABLE' END, c.relname), 5
        FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relname LIKE 'cg\\_%'
      UNION ALL
      SELECT format('DROP FUNCTION %I(%s)', p.proname, pg_get_function_identity_arguments(p.oid)), 6
        FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'cg\\_%'
      ORDER BY step`);
    await inTransaction(client, async () => {
      for (const { statement } of rows) await client.query(statement);
    });
  });
}

function writeMigration(migrationsDir: string, folder: string, sql: string): string {
  ensureMigrationLock(migrationsDir);
  const dir = path.join(migrationsDir, folder);
  if (fs.existsSync(dir)) throw new Error(`migration ${folder} already exists`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'migration.sql');
  fs.writeFileSync(file, sql);
  return file;
}

function hasStatements(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, '').trim())
    .some((line) => line.length > 0);
}

function snakeCase(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!snake) throw new Error(`"${name}" is no usable migration name`);
  return snake.slice(0, 200);
}
