// The pooled connections createPrismaClient opens: PostgreSQL's JIT off and parallel workers costed
// as what they cost to start (client.ts says why), and
// a connection string's own `options` taking precedence over that.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient } from '../src/client';
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
