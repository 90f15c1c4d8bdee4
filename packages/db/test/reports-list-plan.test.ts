// A page of reports of one kind (`reports(filter: { isSummary })`) is a range of
// cg_report_kind_visible_idx (migration report_kind_list), in the plan PostgreSQL keeps for the
// statement Prisma sends (a generic plan: the kind is a bind parameter), not a walk of every
// visible report testing each row's kind.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, planNodes, type TestDatabase } from '../src/testing';

describe('reports of one kind', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  /** The last statement the client sent, as sent: SQL and parameters (JSON). */
  let last: { query: string; params: string } | undefined;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url, { onQuery: (query, params) => (last = { query, params }) });
    // Many reports, a few of them summaries, the summaries among the oldest.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Report" (id, title, body, language, "publishedOn", "publishedPrecision", "contentHash", "isSummary", "updatedAt")
      SELECT gen_random_uuid(), 'Report ' || i, 'Text ' || i, 'en', DATE '2022-01-01' + (i % 700), 'DAY', md5(i::text), i <= 5, now()
      FROM generate_series(1, 5000) AS i`);
    await prisma.$executeRawUnsafe('ANALYZE "Report"');
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  for (const isSummary of [true, false]) {
    it(`isSummary: ${isSummary} reads its kind's range of the index, newest first, in the generic plan`, async () => {
      const page = await prisma.report.findMany({
        where: { hiddenAt: null, isSummary },
        orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
        take: 6,
        select: { id: true, isSummary: true },
      });
      assert.equal(page.length, isSummary ? 5 : 6);
      assert.ok(page.every((r) => r.isSummary === isSummary));
      const { query, params } = last!;
      const values = JSON.parse(params) as unknown[];
      const nodes = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`PREPARE kind_page AS ${query}`);
        await tx.$executeRawUnsafe('SET LOCAL plan_cache_mode = force_generic_plan');
        const literal = (v: unknown) => (typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
        const [row] = await tx.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
          `EXPLAIN (FORMAT JSON) EXECUTE kind_page${values.length ? `(${values.map(literal).join(', ')})` : ''}`,
        );
        await tx.$executeRawUnsafe('DEALLOCATE kind_page');
        return planNodes(row?.['QUERY PLAN']);
      });
      assert.ok(
        nodes.includes('Index Scan on cg_report_kind_visible_idx') || nodes.includes('Index Only Scan on cg_report_kind_visible_idx'),
        nodes.join(', '),
      );
      assert.ok(!nodes.includes('Sort') && !nodes.includes('Seq Scan'), nodes.join(', '));
    });
  }
});
