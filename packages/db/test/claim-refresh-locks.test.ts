// Two transactions that write about one claim at once both commit, and the per-claim tables kept
// by triggers (cg_verdict_period, cg_source_claim, cg_source_credit) end up as a refresh from scratch makes them
// (migration claim_refresh_locks). Without the lock the second refresh inserted rows the first had
// just committed and failed on the primary key.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

describe('refreshes of one claim by two transactions at once', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let other: PrismaClient;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    other = createPrismaClient(database.url);
    await loadSampleData(prisma);
  });
  after(async () => {
    await prisma?.$disconnect();
    await other?.$disconnect();
    await database?.drop();
  });

  /** The rows of `table` for `claimId`, then the same after recomputing them from scratch. */
  async function keptAndRecomputed(table: string, refresh: string, claimId: string) {
    const read = () =>
      prisma.$queryRawUnsafe<unknown[]>(
        `SELECT to_jsonb(t) - 'recordedAt' AS row FROM "${table}" t WHERE "claimId" = $1::uuid ORDER BY 1::text`,
        claimId,
      );
    const kept = await read();
    await prisma.$executeRawUnsafe(`SELECT "${refresh}"(ARRAY[$1::uuid])`, claimId);
    return { kept, recomputed: await read() };
  }

  /** Runs `first` in a transaction that stays open until `second` (another connection) is under way, then commits both. */
  async function atOnce(first: (tx: PrismaClient) => Promise<unknown>, second: (tx: PrismaClient) => Promise<unknown>) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
    const one = prisma.$transaction(
      async (tx) => {
        await first(tx as PrismaClient);
        firstWrote();
        await held;
      },
      { timeout: 20_000 },
    );
    await wrote;
    const two = other.$transaction(async (tx) => second(tx as PrismaClient), { timeout: 20_000 });
    await sleep(300); // the second is now waiting on the first
    release();
    await Promise.all([one, two]);
  }

  it('two editors settling one claim: both resolutions count, the periods are whole', async () => {
    const settled = await prisma.resolution.findFirst({ select: { claimId: true, effectiveOn: true } });
    assert.ok(settled, 'the sample data has a resolution');
    const resolution = (day: string) => ({
      claimId: settled.claimId,
      verdict: 'CONFIRMED' as const,
      effectiveOn: new Date(`${day}T00:00:00Z`),
      effectivePrecision: 'DAY' as const,
      rationale: 'test',
      recordedBy: 'test',
    });
    await atOnce(
      (tx) => tx.resolution.create({ data: resolution('2024-02-01') }),
      (tx) => tx.resolution.create({ data: resolution('2024-03-01') }),
    );
    assert.equal(await prisma.resolution.count({ where: { claimId: settled.claimId, rationale: 'test' } }), 2);
    const { kept, recomputed } = await keptAndRecomputed('cg_verdict_period', 'cg_refresh_verdict_periods', settled.claimId);
    assert.deepEqual(kept, recomputed);
  });

  it('two editors adding appearances of one claim carried by sources: both count, the list is whole', async () => {
    const carried = await prisma.appearance.findFirst({
      where: { hiddenAt: null, chain: { some: { sourceId: { not: null } } } },
      include: { chain: true },
    });
    assert.ok(carried, 'the sample data has an appearance carried by a source');
    const copy = (start: number) => ({
      claimId: carried.claimId,
      reportId: carried.reportId,
      exact: carried.exact,
      prefix: carried.prefix,
      suffix: carried.suffix,
      start: carried.start + start,
      end: carried.end + start,
      chain: { create: carried.chain.map(({ position, sourceId, actorId, relation }) => ({ position, sourceId, actorId, relation })) },
    });
    await atOnce(
      (tx) => tx.appearance.create({ data: copy(100_000) }),
      (tx) => tx.appearance.create({ data: copy(200_000) }),
    );
    for (const table of ['cg_source_claim', 'cg_source_credit']) {
      const { kept, recomputed } = await keptAndRecomputed(table, 'cg_refresh_source_claims', carried.claimId);
      assert.ok(kept.length > 0, table);
      assert.deepEqual(kept, recomputed, table);
    }
  });
});
