// Search reads the GIN indexes on the generated tsvector columns, not every report: on a few
// thousand reports, right after they were written, the plan of the search statement holds a
// Bitmap Index Scan on each configuration's pair of report indexes (migration
// report_search_by_config), so the German reading never visits English reports, nor the reverse.
// A word in every report of a language is found by walking that language's newest reports
// through cg_report_config_day_idx (migration search_date_walk), and its GIN indexes stay unread.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { SEARCH_WINDOW, searchText } from '../src/search';
import { createMigratedDatabase, planNodes, type TestDatabase } from '../src/testing';

const REPORTS = 5_000;

/** Index names of the Bitmap Index Scans among a plan's nodes (planNodes). */
const bitmapIndexScans = (nodes: string[]) =>
  nodes.flatMap((node) => (node.startsWith('Bitmap Index Scan on ') ? [node.slice('Bitmap Index Scan on '.length)] : []));

describe('search plans', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  /** The last statement the client sent, as sent: SQL and parameters (JSON). */
  let last: { query: string; params: string } | undefined;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url, { onQuery: (query, params) => (last = { query, params }) });
    // Long bodies of everyday words in German and English; one report in a hundred mentions artillery.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Report" (id, title, body, language, "publishedOn", "publishedPrecision", "contentHash", "updatedAt")
      SELECT gen_random_uuid(), 'Report ' || i,
             repeat(CASE WHEN i % 2 = 0 THEN 'Die Regierung sagte am Montag, die Lieferungen gingen weiter. '
                         ELSE 'The government said on Monday that deliveries continued. ' END, 30)
               || CASE WHEN i % 100 = 0 THEN CASE WHEN i % 200 = 0 THEN ' Artilleriegranaten' ELSE ' artillery shells' END ELSE '' END,
             CASE WHEN i % 2 = 0 THEN 'de' ELSE 'en' END, DATE '2022-01-01' + (i % 700), 'DAY', md5(i::text), now()
      FROM generate_series(1, ${REPORTS}) AS i`);
    await prisma.$executeRawUnsafe('ANALYZE "Report"');
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  const plan = async () => {
    const statement = last!;
    const [row] = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
      ...(JSON.parse(statement.params) as unknown[]),
    );
    return row?.['QUERY PLAN'];
  };

  for (const [query, lang] of [
    ['government', 'en'],
    ['Regierung', 'de'],
  ] as const) {
    it(`"${query}", in every ${lang} report, is found by walking the newest ${lang} reports`, async () => {
      const { totalCount, complete } = await searchText(prisma, { query, kinds: ['REPORT'], first: 10, offset: 0 });
      assert.deepEqual([totalCount, complete], [SEARCH_WINDOW, false]);
      const ran = planNodes(await plan(), { executed: true });
      assert.ok(ran.includes('Index Scan on cg_report_config_day_idx'), ran.join(', '));
      assert.ok(!ran.includes(`Bitmap Index Scan on cg_report_search_${lang}_idx`), ran.join(', '));
    });
  }

  for (const query of ['artillery', 'Artillerie']) {
    it(`"${query}" finds its reports through the GIN indexes, not a scan of all ${REPORTS}`, async () => {
      const { totalCount } = await searchText(prisma, { query, kinds: ['REPORT'], first: 10, offset: 0 });
      assert.ok(totalCount > 0 && totalCount <= 50, `${totalCount} hits`);
      // A rare word: every configuration's walk finds too few, and its GIN indexes run.
      const scans = bitmapIndexScans(planNodes(await plan(), { executed: true }));
      for (const lang of ['de', 'en', 'other']) {
        assert.ok(scans.includes(`cg_report_search_${lang}_idx`), scans.join(', '));
        assert.ok(scans.includes(`cg_report_unstemmed_${lang}_idx`), scans.join(', '));
      }
      assert.deepEqual(
        scans.filter((index) => !/^cg_report_(search|unstemmed)_(de|en|other)_idx$/.test(index)),
        [],
        "every report is read through its own configuration's index",
      );
    });
  }
});
