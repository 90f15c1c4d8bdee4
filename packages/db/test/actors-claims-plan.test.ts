// An actor's page of claims (actors/claims.ts, through `family` in actors/queries.ts, which
// actorIdsMergedInto shares) finds the actors merged into it through "Actor_mergedIntoId_idx",
// member by member, in the plan PostgreSQL keeps for the statement (a generic plan: the actor is
// a bind parameter). Planned as a join, the generic plan guessed ten members and, with up to a few
// thousand actors, hashed every actor for the one or two it has.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { actorClaimsPageSql } from '../src/actors';
import { createMigratedDatabase, planNodes, type TestDatabase } from '../src/testing';

/** The tables a plan reads whole. */
function seqScans(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(seqScans);
  if (!plan || typeof plan !== 'object') return [];
  const node = plan as Record<string, unknown>;
  const own = node['Node Type'] === 'Seq Scan' ? [String(node['Relation Name'])] : [];
  return [...own, ...Object.values(node).flatMap(seqScans)];
}

describe("an actor's claims with many actors", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const first = '00000000-0000-7000-8000-000000000001';
  const merged = '00000000-0000-7000-8000-000000000002';

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    // 1,000 actors (as many as the benchmark's graph), the second merged into the first.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Actor" (id, slug, name, kind, "updatedAt")
      SELECT ('00000000-0000-7000-8000-' || lpad(i::text, 12, '0'))::uuid, 'actor-' || i, 'Actor ' || i, 'STATE', now()
      FROM generate_series(1, 1000) AS i`);
    await prisma.$executeRawUnsafe(`UPDATE "Actor" SET "mergedIntoId" = '${first}' WHERE id = '${merged}'`);
    await prisma.$executeRawUnsafe('ANALYZE "Actor"');
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('looks up the merged actors by index in the generic plan, not by reading every actor', async () => {
    const statement = actorClaimsPageSql({ actorIds: [first], role: 'SUBJECT' }, { take: 20 }, { count: true });
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`PREPARE actor_page AS ${statement.text}`);
      await tx.$executeRawUnsafe('SET LOCAL plan_cache_mode = force_generic_plan');
      const [row] = await tx.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
        `EXPLAIN (FORMAT JSON) EXECUTE actor_page(${statement.values.map((v) => `'${String(v)}'`).join(', ')})`,
      );
      await tx.$executeRawUnsafe('DEALLOCATE actor_page');
      return row?.['QUERY PLAN'];
    });
    const nodes = planNodes(plan);
    assert.ok(
      nodes.some((node) => /Index (Only )?Scan on Actor_mergedIntoId_idx/.test(node)),
      nodes.join(', '),
    );
    assert.deepEqual(
      seqScans(plan).filter((table) => table === 'Actor'),
      [],
      nodes.join(', '),
    );
  });
});
