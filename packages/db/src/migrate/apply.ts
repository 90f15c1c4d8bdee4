// Applying migrations with `pg` rather than the WASM engine's `applyMigrations`: the engine runs
// scripts through the driver adapter, whose `executeScript` splits them on `;` (a `;` in a
// literal or a `$$` body breaks) and runs the pieces one by one (a failure leaves half a
// migration behind). Here each script goes to the server as ONE simple-protocol query inside a
// transaction that also writes its `_prisma_migrations` row, so a migration and its record land
// together or not at all, on PostgreSQL 15 and on the embedded 18 alike. The table, checksum and lock are
// stock Prisma's, so `prisma migrate status` / `deploy` read the same history. Like stock Prisma
// (which also sends a script as one multi-statement query), a script cannot hold its own
// BEGIN/COMMIT or what refuses to run in a transaction (CREATE INDEX CONCURRENTLY).
import crypto from 'node:crypto';
import type pg from 'pg';
import { inTransaction, withClient } from './connection';
import { readMigrations, scriptMatchesChecksum, type MigrationFile } from './files';

/** The advisory lock key stock Prisma Migrate takes; sharing it keeps both tools apart. */
const MIGRATE_LOCK_KEY = 72707369;
const HISTORY_TABLE = '_prisma_migrations';

const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(
    message: string,
    /** The migration at fault, when there is one. */
    readonly migration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationsTarget {
  url: string;
  migrationsDir: string;
}

export interface MigrationStatus {
  /** Recorded as finished, in folder order. */
  applied: string[];
  /** In the folder, not applied yet. */
  pending: string[];
  /** Applied, but the file no longer has the recorded checksum. */
  modified: string[];
  /** Applied, but no longer in the folder. */
  missing: string[];
  /** Started and never finished nor rolled back (a crash, or stock Prisma's non-atomic apply). */
  failed: string[];
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/** Applies the pending migrations in order and returns their names. */
export async function applyMigrations(
  options: MigrationsTarget & { lockTimeoutMs?: number; onApplied?: (name: string, ms: number) => void },
): Promise<string[]> {
  const files = readMigrations(options.migrationsDir);
  return withClient(options.url, async (client) => {
    await acquireMigrationLock(client, options.lockTimeoutMs ?? 60_000);
    try {
      const historyExists = await hasHistoryTable(client);
      if (!historyExists) await refuseUnmanagedSchema(client);
      await client.query(CREATE_HISTORY_TABLE);
      const status = compareHistory(files, await readHistory(client));
      refuseBrokenHistory(status);
      const applied: string[] = [];
      for (const migration of files.filter((file) => status.pending.includes(file.name))) {
        const started = Date.now();
        if (!(await applyOne(client, migration))) continue;
        applied.push(migration.name);
        options.onApplied?.(migration.name, Date.now() - started);
      }
      return applied;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATE_LOCK_KEY})`);
    }
  });
}

/** What is applied, pending, changed since applied, or gone from the folder. */
export async function migrationStatus(options: MigrationsTarget): Promise<MigrationStatus> {
  const files = readMigrations(options.migrationsDir);
  return withClient(options.url, async (client) => compareHistory(files, (await hasHistoryTable(client)) ? await readHistory(client) : []));
}

/** Applies one migration; false when another process applied it meanwhile. */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<boolean> {
  const id = crypto.randomUUID();
  try {
    return await inTransaction(client, async () => {
      // Another process may have applied it between our status read and the advisory lock:
      // looking again inside the transaction settles who applies it.
      const done = await client.query(
        `SELECT 1 FROM ${HISTORY_TABLE} WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (done.rowCount) return false;
      const started = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
      await client.query(migration.script);
      await client.query(
        `INSERT INTO ${HISTORY_TABLE} (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, $4, 1)`,
        [id, migration.checksum, migration.name, started.rows[0]?.now],
      );
      return true;
    });
  } catch (error) {
    const { logs, summary } = describeFailure(error, migration.script);
    // Recorded like a failed stock migration that was then marked rolled back (which it was):
    // `prisma migrate status` shows it as not applied, and a fixed script can simply run again.
    await client
      .query(
        `INSERT INTO ${HISTORY_TABLE} (id, checksum, migration_name, logs, rolled_back_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name, logs],
      )
      .catch(() => undefined); // a lost connection must not hide why the migration failed
    throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${summary}`, migration.name);
  }
}

function compareHistory(files: MigrationFile[], rows: HistoryRow[]): MigrationStatus {
  const byName = new Map(files.map((file) => [file.name, file]));
  const finished = new Map<string, HistoryRow>();
  const failed = new Set<string>();
  for (const row of rows) {
    if (row.finished_at) finished.set(row.migration_name, row);
    else failed.add(row.migration_name);
  }
  const modified: string[] = [];
  const missing: string[] = [];
  for (const [name, row] of finished) {
    const file = byName.get(name);
    if (!file) missing.push(name);
    else if (!scriptMatchesChecksum(file.script, row.checksum)) modified.push(name);
  }
  return {
    applied: files.filter((file) => finished.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !finished.has(file.name) && !failed.has(file.name)).map((file) => file.name),
    modified,
    missing: missing.sort(),
    failed: [...failed].filter((name) => !finished.has(name)).sort(),
  };
}

function refuseBrokenHistory(status: MigrationStatus): void {
  const problems: string[] = [];
  for (const name of status.modified) {
    problems.push(
      `migration ${name} was changed after it was applied (its checksum differs); restore the applied file and put the change in a new migration`,
    );
  }
  for (const name of status.missing) {
    problems.push(`migration ${name} is applied to the database but missing from the migrations folder`);
  }
  for (const name of status.failed) {
    problems.push(
      `migration ${name} started earlier and never finished; check the database, then mark it rolled back (\`prisma migrate resolve --rolled-back ${name}\`)`,
    );
  }
  if (problems.length > 0) {
    throw new MigrationError(`refusing to migrate: ${problems.join('; ')}`, [...status.modified, ...status.missing, ...status.failed][0]);
  }
}

async function refuseUnmanagedSchema(client: pg.Client): Promise<void> {
  // Stock Prisma refuses the same (P3005): migrations assume they built everything there is.
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relname <> '${HISTORY_TABLE}'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
      ORDER BY 1 LIMIT 5`,
  );
  if (rows.length > 0) {
    throw new MigrationError(
      `refusing to migrate: the database has tables (${rows.map((row) => row.name).join(', ')}) but no migration history; start from an empty database or baseline it`,
    );
  }
}

async function hasHistoryTable(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.${HISTORY_TABLE}') IS NOT NULL AS exists`);
  return rows[0]?.exists === true;
}

async function readHistory(client: pg.Client): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM public.${HISTORY_TABLE}
      WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows;
}

async function acquireMigrationLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${MIGRATE_LOCK_KEY}) AS locked`);
    if (rows[0]?.locked) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        `timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${MIGRATE_LOCK_KEY})); another process is migrating this database`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The server's error, with the line of the script it points at when it points at one. */
function describeFailure(error: unknown, script: string): { logs: string; summary: string } {
  const failure = error as { message?: string; code?: string; position?: string };
  const message = failure.message ?? String(error);
  const lines = [`Database error code: ${failure.code ?? 'unknown'}`, '', 'Database error:', `ERROR: ${message}`];
  let summary = `${message} (SQLSTATE ${failure.code ?? 'unknown'})`;
  const position = Number(failure.position);
  if (position > 0) {
    const lineNumber = script.slice(0, position - 1).split('\n').length;
    const where = `line ${lineNumber} of migration.sql: ${script.split('\n')[lineNumber - 1]?.trim() ?? ''}`;
    lines.push('', `Position: ${where}`);
    summary += ` at ${where}`;
  }
  return { logs: lines.join('\n'), summary };
}
