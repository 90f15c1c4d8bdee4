import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient, startEmbeddedPostgres, type EmbeddedPostgres } from '@claimgraph/db';
import { hashSecret } from '@claimgraph/db/apikeys';
import { createTestDatabase, type TestDatabase } from '@claimgraph/db/testing';

const bin = path.resolve(import.meta.dirname, '../bin/claimgraph.mjs');
const run = promisify(execFile);

async function claimgraph(args: string[], env: Record<string, string | undefined> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let database: TestDatabase;
let env: Record<string, string | undefined>;
before(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
});
after(() => database?.drop());

describe('claimgraph', () => {
  it('explains itself with --help', async () => {
    const result = await claimgraph(['--help']);
    assert.equal(result.code, 0);
    for (const command of ['start', 'db', 'apikey']) assert.match(result.stdout, new RegExp(`\\b${command}\\b`));
    const db = await claimgraph(['db', '--help']);
    for (const command of ['migrate', 'status', 'seed', 'new-migration', 'drift']) assert.match(db.stdout, new RegExp(`\\b${command}\\b`));
  });

  it('fails with a one-line reason and a non-zero exit on a bad role', async () => {
    const result = await claimgraph(['apikey', 'create', '--role', 'boss'], env);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'claimgraph: --role must be editor or admin, not "boss"\n');
  });

  it('fails clearly when DATABASE_URL names a server that does not answer', async () => {
    const result = await claimgraph(['db', 'status'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^claimgraph: no PostgreSQL answers at 127\.0\.0\.1:1 \(from DATABASE_URL\).*\n$/);
  });

  it('migrates, reports status as JSON, and loads the sample data once', async () => {
    const pending = JSON.parse((await claimgraph(['db', 'status', '--json'], env)).stdout);
    assert.deepEqual(pending.applied, []);
    assert.ok(pending.pending.length >= 1);
    const migrated = JSON.parse((await claimgraph(['db', 'migrate', '--json'], env)).stdout);
    assert.deepEqual(migrated.applied, pending.pending);
    const first = await claimgraph(['db', 'seed'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Loaded sample data: /);
    const second = await claimgraph(['db', 'seed'], env);
    assert.equal(second.stdout, 'Sample data already loaded; nothing changed.\n');
  });

  it('creates an API key that is stored only as a hash', async () => {
    const result = await claimgraph(['apikey', 'create', '--role', 'editor', '--name', 'Desk', '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const key = JSON.parse(result.stdout);
    assert.match(key.secret, /^cgk_[A-Za-z0-9_-]{40}$/);
    assert.equal(key.role, 'EDITOR');
    const prisma = createPrismaClient(database.url);
    try {
      const stored = await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
      assert.equal(stored.secretHash, hashSecret(key.secret));
      assert.ok(!JSON.stringify(stored).includes(key.secret));
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe('claimgraph next to a running embedded database', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cli-'));
    fs.chmodSync(dataDir, 0o755); // reachable if PostgreSQL must run as the `postgres` user (embedded-runner.ts)
    embedded = await startEmbeddedPostgres({ dataDir });
  });
  after(async () => {
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('works through the process that has the data folder open', async () => {
    const result = await claimgraph(['db', 'migrate', '--json'], { DATABASE_URL: '', CLAIMGRAPH_DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).applied.length >= 1);
    const status = JSON.parse((await claimgraph(['db', 'status', '--json'], { DATABASE_URL: '', CLAIMGRAPH_DATA_DIR: dataDir })).stdout);
    assert.match(status.database, new RegExp(`served by process ${process.pid} on port ${embedded.port}`));
    assert.deepEqual(status.pending, []);
  });
});
