import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { canConnect } from '../src/embedded';
import {
  applyMigrations,
  checkDrift,
  createMigration,
  engineMigrationList,
  loadSchemaEngine,
  MigrationError,
  migrationStatus,
} from '../src/migrate/index';
import { openScratchDatabase, type ScratchDatabase } from '../src/migrate/scratch';
import { createTestDatabase } from '../src/testing';
import { testServerUrl } from '../src/env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const migrationsDir = path.join(root, 'prisma/migrations');
const NO_FILTERS = { externalTables: [], externalEnums: [] };

const serverUrl = new URL(testServerUrl());
const hasServer = await canConnect(serverUrl.hostname, Number(serverUrl.port || 5432));
const noServer = hasServer ? false : 'no PostgreSQL server at CLAIMGRAPH_TEST_SERVER_URL';

// One throw-away embedded PostgreSQL database for the whole file. Each test that
// uses it starts from a wipe, which is itself checked to leave an empty catalog.
let embedded: ScratchDatabase;
before(async () => {
  embedded = await openScratchDatabase();
});
const tempDirs: string[] = [];
after(async () => {
  await embedded?.release();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-migrate-test-'));
  tempDirs.push(dir);
  return dir;
}

type Kind = 'server' | 'embedded';
const KINDS: { kind: Kind; skip: string | false }[] = [
  { kind: 'server', skip: noServer },
  { kind: 'embedded', skip: false },
];

async function withEmptyDatabase<T>(kind: Kind, run: (url: string) => Promise<T>): Promise<T> {
  if (kind === 'embedded') {
    await embedded.wipe();
    return run(embedded.url);
  }
  const database = await createTestDatabase('server');
  try {
    return await run(database.url);
  } finally {
    await database.drop();
  }
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the repo's schema and migrations, plus any extra migrations, in a temp folder. */
function copyOfRepo(extraMigrations: Record<string, string> = {}): { schemaPath: string; migrationsDir: string } {
  const dir = tempDir();
  const copy = { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
  fs.copyFileSync(schemaPath, copy.schemaPath);
  fs.cpSync(migrationsDir, copy.migrationsDir, { recursive: true });
  for (const [name, sql] of Object.entries(extraMigrations)) writeMigration(copy.migrationsDir, name, sql);
  return copy;
}

function scratchMigrations(migrations: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, sql] of Object.entries(migrations)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(migrationsDir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(migrationsDir, name), { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql);
}

function addClaimField(schemaFile: string, field: string): void {
  const text = fs.readFileSync(schemaFile, 'utf8');
  const updated = text.replace(/(model Claim \{\n)/, `$1  ${field}\n`);
  assert.notEqual(updated, text, 'the Claim model was found in the schema copy');
  fs.writeFileSync(schemaFile, updated);
}

function migrationFolders(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((entry) => fs.statSync(path.join(dir, entry)).isDirectory())
    .sort();
}

interface HistoryRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  started_at: Date;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

const historyOf = (url: string) => query<HistoryRow>(url, 'SELECT * FROM _prisma_migrations ORDER BY started_at');
const repoMigrations = migrationFolders(migrationsDir);

describe('applying migrations', () => {
  for (const { kind, skip } of KINDS) {
    test(`all migrations apply to an empty ${kind} database, once, recorded as stock Prisma records them`, { skip }, () =>
      withEmptyDatabase(kind, async (url) => {
        assert.deepEqual(await applyMigrations({ url, migrationsDir }), repoMigrations);
        assert.deepEqual(await applyMigrations({ url, migrationsDir }), []);

        const rows = await historyOf(url);
        assert.deepEqual(
          rows.map((row) => row.migration_name),
          repoMigrations,
        );
        for (const row of rows) {
          const bytes = fs.readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
          assert.equal(row.checksum, crypto.createHash('sha256').update(bytes).digest('hex'));
          assert.match(row.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
          assert.ok(row.finished_at && row.finished_at >= row.started_at);
          assert.equal(row.applied_steps_count, 1);
          assert.equal(row.logs, null);
          assert.equal(row.rolled_back_at, null);
        }
        const status = await migrationStatus({ url, migrationsDir });
        assert.deepEqual(status, { applied: repoMigrations, pending: [], modified: [], missing: [], failed: [] });

        // Prisma's own migration code (the same that runs `prisma migrate status`) agrees.
        const engine = await loadSchemaEngine({ url, datamodel: fs.readFileSync(schemaPath, 'utf8') });
        try {
          const diagnosis = await engine.diagnoseMigrationHistory({
            migrationsList: engineMigrationList(migrationsDir),
            optInToShadowDatabase: false,
            filters: NO_FILTERS,
          });
          assert.deepEqual(diagnosis, { editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
        } finally {
          engine.free();
        }
      }),
    );
  }

  test('the history table is the one stock Prisma creates', { skip: noServer }, () =>
    withEmptyDatabase('server', (ours) =>
      withEmptyDatabase('server', async (stock) => {
        await applyMigrations({ url: ours, migrationsDir });
        const engine = await loadSchemaEngine({ url: stock, datamodel: fs.readFileSync(schemaPath, 'utf8') });
        try {
          await engine.applyMigrations({ migrationsList: engineMigrationList(migrationsDir), filters: NO_FILTERS });
        } finally {
          engine.free();
        }
        const shape = `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
                         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;
        assert.deepEqual(await query(ours, shape), await query(stock, shape));
        const [oursRow] = await historyOf(ours);
        const [stockRow] = await historyOf(stock);
        assert.equal(oursRow?.checksum, stockRow?.checksum);
        assert.equal(oursRow?.applied_steps_count, stockRow?.applied_steps_count);
      }),
    ),
  );

  for (const { kind, skip } of KINDS) {
    test(`a ';' inside a string literal or a $$ body does not split the script (${kind})`, { skip }, () =>
      withEmptyDatabase(kind, async (url) => {
        const dir = scratchMigrations({
          '20260101000000_semicolons': `CREATE TABLE "Note" ("text" TEXT NOT NULL);
INSERT INTO "Note" VALUES ('first; second');
CREATE FUNCTION "note_marker"() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN 'a;b';
END;
$$;
INSERT INTO "Note" SELECT "note_marker"();
`,
        });
        assert.deepEqual(await applyMigrations({ url, migrationsDir: dir }), ['20260101000000_semicolons']);
        const rows = await query<{ text: string }>(url, 'SELECT "text" FROM "Note" ORDER BY 1');
        assert.deepEqual(
          rows.map((row) => row.text),
          ['a;b', 'first; second'],
        );
      }),
    );

    test(`a failing migration leaves no trace of its earlier statements and is reported by name (${kind})`, { skip }, () =>
      withEmptyDatabase(kind, async (url) => {
        const dir = scratchMigrations({
          '20260101000000_first': 'CREATE TABLE "Kept" ("id" INTEGER PRIMARY KEY);\n',
          '20260102000000_broken': `CREATE TABLE "Vanishing" ("id" INTEGER PRIMARY KEY);
INSERT INTO "Kept" VALUES (1);
SELECT 1 / 0;
`,
        });
        await assert.rejects(applyMigrations({ url, migrationsDir: dir }), (error: unknown) => {
          assert.ok(error instanceof MigrationError);
          assert.equal(error.migration, '20260102000000_broken');
          assert.match(error.message, /migration 20260102000000_broken failed and was rolled back: .*division by zero/);
          return true;
        });
        assert.deepEqual(await query(url, `SELECT to_regclass('public."Vanishing"') AS t`), [{ t: null }]);
        assert.deepEqual(await query(url, 'SELECT * FROM "Kept"'), []);
        const broken = (await historyOf(url)).find((row) => row.migration_name === '20260102000000_broken');
        assert.ok(broken?.rolled_back_at, 'the failure is recorded as rolled back');
        assert.equal(broken.finished_at, null);
        assert.match(broken.logs ?? '', /division by zero/);
        assert.deepEqual((await migrationStatus({ url, migrationsDir: dir })).pending, ['20260102000000_broken']);

        writeMigration(dir, '20260102000000_broken', 'CREATE TABLE "Vanishing" ("id" INTEGER PRIMARY KEY);\n');
        assert.deepEqual(await applyMigrations({ url, migrationsDir: dir }), ['20260102000000_broken']);
      }),
    );
  }

  test('a changed or missing applied migration is refused, and a line-ending change is not a change', () =>
    withEmptyDatabase('embedded', async (url) => {
      const dir = scratchMigrations({
        '20260101000000_first': 'CREATE TABLE "A" ("id" INTEGER);\n',
        '20260102000000_second': 'CREATE TABLE "B" ("id" INTEGER);\n',
      });
      await applyMigrations({ url, migrationsDir: dir });

      writeMigration(dir, '20260101000000_first', 'CREATE TABLE "A" ("id" INTEGER);\r\n');
      assert.deepEqual(await applyMigrations({ url, migrationsDir: dir }), []);

      writeMigration(dir, '20260101000000_first', 'CREATE TABLE "A" ("id" BIGINT);\n');
      writeMigration(dir, '20260103000000_third', 'CREATE TABLE "C" ("id" INTEGER);\n');
      await assert.rejects(applyMigrations({ url, migrationsDir: dir }), /migration 20260101000000_first was changed after it was applied/);
      assert.deepEqual(await query(url, `SELECT to_regclass('public."C"') AS t`), [{ t: null }], 'nothing else was applied');
      assert.deepEqual((await migrationStatus({ url, migrationsDir: dir })).modified, ['20260101000000_first']);

      writeMigration(dir, '20260101000000_first', 'CREATE TABLE "A" ("id" INTEGER);\n');
      fs.rmSync(path.join(dir, '20260102000000_second'), { recursive: true });
      await assert.rejects(
        applyMigrations({ url, migrationsDir: dir }),
        /migration 20260102000000_second is applied to the database but missing/,
      );
    }));

  test('a database with tables but no migration history is refused', () =>
    withEmptyDatabase('embedded', async (url) => {
      await query(url, 'CREATE TABLE "Stray" ("id" INTEGER)');
      await assert.rejects(applyMigrations({ url, migrationsDir }), /has tables \(Stray\) but no migration history/);
    }));

  for (const { kind, skip } of KINDS) {
    test(`concurrent start-ups apply each migration exactly once (${kind})`, { skip }, () =>
      withEmptyDatabase(kind, async (url) => {
        const runs = await Promise.all([1, 2, 3].map(() => applyMigrations({ url, migrationsDir })));
        assert.deepEqual(runs.flat().sort(), repoMigrations);
        assert.deepEqual(
          (await historyOf(url)).map((row) => row.migration_name),
          repoMigrations,
        );
      }),
    );
  }
});

/** A drift check in two empty server databases when there is a server; by default otherwise. */
function drift(files: { schemaPath: string; migrationsDir: string }) {
  if (!hasServer) return checkDrift(files);
  return withEmptyDatabase('server', (migrations) =>
    withEmptyDatabase('server', (schema) => checkDrift({ ...files, urls: { migrations, schema } })),
  );
}

describe('drift between schema.prisma and the migrations', () => {
  test('the repository is in sync (embedded databases, no server needed)', async () => {
    assert.deepEqual(await checkDrift({ schemaPath, migrationsDir }), { inSync: true, differences: [] });
  });

  test('a field added to the schema without a migration is drift naming the column', async () => {
    const copy = copyOfRepo();
    addClaimField(copy.schemaPath, 'summary String?');
    const report = await drift(copy);
    assert.equal(report.inSync, false);
    assert.deepEqual(report.differences, ['column "Claim".summary only in schema.prisma: text']);
  });

  test('an index added by a migration and absent from the schema is drift; a cg_ index is not', async () => {
    const handWritten = copyOfRepo({
      '20260201000000_cg_index': 'CREATE INDEX "cg_claim_statement_trgm_idx" ON "Claim" USING GIN ("statement" gin_trgm_ops);\n',
    });
    assert.deepEqual(await drift(handWritten), { inSync: true, differences: [] });

    const undeclared = copyOfRepo({ '20260201000000_index': 'CREATE INDEX "Claim_statement_idx" ON "Claim" ("statement");\n' });
    const report = await drift(undeclared);
    assert.equal(report.inSync, false);
    assert.equal(report.differences.length, 1);
    assert.match(report.differences[0] ?? '', /^index "Claim"\."Claim_statement_idx" only in the migrations/);
  });
});

describe('creating a migration', () => {
  for (const { kind, skip } of KINDS) {
    test(`a new field becomes a migration adding its column, after which there is no drift (${kind})`, { skip }, () =>
      withEmptyDatabase(kind, async (scratchUrl) => {
        const copy = copyOfRepo();
        addClaimField(copy.schemaPath, 'summary String?');
        const result = await createMigration({ ...copy, name: 'add claim summary', scratchUrl, now: new Date('2026-02-03T04:05:06Z') });
        assert.ok(result.created);
        assert.equal(result.name, '20260203040506_add_claim_summary');
        assert.equal(result.file, path.join(copy.migrationsDir, result.name, 'migration.sql'));
        assert.match(fs.readFileSync(result.file, 'utf8'), /ALTER TABLE "Claim" ADD COLUMN\s+"summary" TEXT;/);
        assert.match(fs.readFileSync(path.join(copy.migrationsDir, 'migration_lock.toml'), 'utf8'), /provider = "postgresql"/);

        assert.deepEqual(await drift(copy), { inSync: true, differences: [] });
      }),
    );
  }

  test('with nothing to change nothing is written', () =>
    withEmptyDatabase('embedded', async (scratchUrl) => {
      const copy = copyOfRepo();
      const before = migrationFolders(copy.migrationsDir);
      assert.deepEqual(await createMigration({ ...copy, name: 'nothing', scratchUrl }), { created: false, reason: 'no changes' });
      assert.deepEqual(migrationFolders(copy.migrationsDir), before);
    }));

  test('the state comes from what the migrations really do, hand edits included', () =>
    withEmptyDatabase('embedded', async (scratchUrl) => {
      const copy = copyOfRepo({ '20260201000000_by_hand': 'ALTER TABLE "Claim" ADD COLUMN "summary" TEXT;\n' });
      addClaimField(copy.schemaPath, 'summary String?');
      assert.deepEqual(await createMigration({ ...copy, name: 'again', scratchUrl }), { created: false, reason: 'no changes' });

      writeMigration(copy.migrationsDir, '20260201000000_by_hand', 'ALTER TABLE "Claim" ADD COLUMN "summary" VARCHAR(20);\n');
      const result = await createMigration({ ...copy, name: 'summary as text', scratchUrl });
      assert.ok(result.created);
      assert.match(result.sql, /ALTER TABLE "Claim" ALTER COLUMN "summary" SET DATA TYPE TEXT;/);
    }));

  test('a difference the engine cannot express is an error, never an empty migration', () =>
    withEmptyDatabase('embedded', async (scratchUrl) => {
      // Prisma does not model check constraints; one not named cg_* is drift the engine cannot see.
      const copy = copyOfRepo({
        '20260201000000_by_hand': 'ALTER TABLE "Claim" ADD CONSTRAINT "claim_version_positive" CHECK ("version" > 0);\n',
      });
      const before = migrationFolders(copy.migrationsDir);
      await assert.rejects(
        createMigration({ ...copy, name: 'anything', scratchUrl }),
        /proposed no migration, yet the migrations do not build what schema.prisma declares:\n {2}constraint "Claim".claim_version_positive only in the migrations/,
      );
      assert.deepEqual(migrationFolders(copy.migrationsDir), before);
    }));
});
