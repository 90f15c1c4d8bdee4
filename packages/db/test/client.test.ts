// The pooled connections createPrismaClient opens: PostgreSQL's JIT off and parallel workers costed
// as what they cost to start (client.ts says why), and
// a connection string's own `options` taking precedence over that. readRows, which reads that
// pool without Prisma's raw-query path, answers and fails as $queryRawUnsafe does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, readRows, sqlStateOf, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const setting = async (url: string, name: 'jit' | 'parallel_setup_cost' | 'work_mem') => {
  const prisma = createPrismaClient(url, { maxConnections: 2 });
  try {
    // Two connections at once, so the setting is not one connection's.
    const rows = await Promise.all(
      [0, 1].map(() =>
        prisma.$queryRawUnsafe<{ value: string }[]>(`SELECT current_setting('${name}') AS value, pg_sleep(0.05)::text AS slept`),
      ),
    );
    return [...new Set(rows.map((r) => r[0]!.value))];
  } finally {
    await prisma.$disconnect();
  }
};

describe('pooled connections', () => {
  let database: TestDatabase;
  before(async () => (database = await createMigratedDatabase()));
  after(async () => database?.drop());

  it('run without JIT compilation', async () => {
    assert.deepEqual(await setting(database.url, 'jit'), ['off']);
  });

  it('count starting parallel workers as dear', async () => {
    assert.deepEqual(await setting(database.url, 'parallel_setup_cost'), ['10000']);
  });

  it("keep the connection string's own options", async () => {
    const url = new URL(database.url);
    url.searchParams.set('options', '-c work_mem=8MB');
    assert.deepEqual(await setting(url.toString(), 'work_mem'), ['8MB']);
  });
});

describe('readRows', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const sent: string[] = [];
  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url, { maxConnections: 2, onQuery: (sql) => sent.push(sql) });
  });
  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  // Every kind of value json-reads sends, and the column types it reads back.
  const sql = `SELECT $1::text AS text, $2::int AS int, $3::boolean AS bool, $4::timestamp::text AS at, $5::timestamptz = $4::timestamp AT TIME ZONE 'UTC' AS same_instant,
    $6::date::text AS day, $7::uuid[]::text[] AS ids, $8::text IS NULL AS none, 2.5::float8 AS float`;
  const params = [
    "it's 100% \\ ok",
    42,
    true,
    new Date('2023-06-01T12:30:00.250Z'),
    new Date('2023-06-01T12:30:00.250Z'),
    new Date('2022-09-06T00:00:00Z'),
    ['00000001-0000-7000-8000-000000000001', '00000001-0000-7000-8000-000000000002'],
    null,
  ];

  it('answers what $queryRawUnsafe answers, dates sent as UTC whatever the time zone', async () => {
    // pg alone would write a date in the machine's local time.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    let ours, prismas;
    try {
      ours = await readRows<Record<string, unknown>>(prisma, sql, params);
      prismas = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    assert.deepEqual(ours, prismas);
    assert.equal(ours[0]!.at, '2023-06-01 12:30:00.25');
    assert.equal(ours[0]!.day, '2022-09-06');
    assert.equal(ours[0]!.same_instant, true);
  });

  it('is counted as a statement, as the client counts its own', async () => {
    sent.length = 0;
    await readRows(prisma, 'SELECT 1 AS one', []);
    assert.deepEqual(sent, ['SELECT 1 AS one']);
  });

  it("reads inside a transaction on the transaction's connection", async () => {
    const seen = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE only_here (n int) ON COMMIT DROP`);
      await tx.$executeRawUnsafe(`INSERT INTO only_here VALUES (7)`);
      return readRows<{ n: number }>(tx as unknown as PrismaClient, 'SELECT n FROM only_here', []);
    });
    assert.deepEqual(seen, [{ n: 7 }]);
  });

  it('goes on when the server closes an idle connection of its pool', async () => {
    const client = createPrismaClient(database.url, { maxConnections: 1 });
    try {
      const [before] = await readRows<{ pid: number }>(client, 'SELECT pg_backend_pid() AS pid', []);
      await prisma.$queryRawUnsafe('SELECT pg_terminate_backend($1)', before!.pid);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [after] = await readRows<{ pid: number }>(client, 'SELECT pg_backend_pid() AS pid', []);
      assert.notEqual(after!.pid, before!.pid);
    } finally {
      await client.$disconnect();
    }
  });

  it('ends its pool with $disconnect, also when only readRows used it', async () => {
    const client = createPrismaClient(database.url, { maxConnections: 1 });
    await readRows(client, 'SELECT 1 AS one', []);
    await client.$disconnect();
    // An open pool would keep the process alive until its idle connection timed out.
    await assert.rejects(readRows(client, 'SELECT 1 AS one', []), /after calling end on the pool/);
  });

  it('fails with the SQLSTATE a statement failed with, read alike from both paths', async () => {
    const slow = createPrismaClient(database.url, { maxConnections: 1, statementTimeoutMs: 50 });
    try {
      const ours = await readRows(slow, 'SELECT pg_sleep(1)', []).then(
        () => null,
        (error: unknown) => error,
      );
      const prismas = await slow.$queryRawUnsafe('SELECT pg_sleep(1)').then(
        () => null,
        (error: unknown) => error,
      );
      assert.equal(sqlStateOf(ours), '57014');
      assert.equal(sqlStateOf(prismas), '57014');
      assert.equal(sqlStateOf(new Error('not a database error')), undefined);
    } finally {
      await slow.$disconnect();
    }
  });
});
