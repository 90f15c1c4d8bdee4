// Search ranks the newest matches only (search.ts, "What is ranked"): with a window of N, the
// hits are the N newest matches, best first, and `complete` says whether that was all of them.
// A common word is found by walking the newest rows, a rare one through the GIN indexes; both
// must give the same newest N, and `asOf` moves the window back in time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { type SearchOptions, searchText } from '../src/search';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const CLAIMS = 20;
/** Claim i (1..20) is made on 2022-01-01 + i days; claims 2, 5, 8 and 11 also name Pyongyang. */
const RARE = [2, 5, 8, 11];
const claimId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const reportId = (i: number) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;

describe('search window', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const search = (options: Partial<SearchOptions> & { query: string }) => searchText(prisma, { first: 20, offset: 0, ...options });
  const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Claim" (id, statement, kind, "claimedOn", "claimedPrecision", "updatedAt")
      SELECT ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
             'Troops shelled the town' || CASE WHEN i IN (${RARE.join(', ')}) THEN ' near Pyongyang' ELSE '' END,
             'EVENT', DATE '2022-01-01' + i, 'DAY', now()
      FROM generate_series(1, ${CLAIMS}) AS i`);
    // Six English reports about convoys, a day apart, the newest on 2022-03-06.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Report" (id, title, body, language, "publishedOn", "publishedPrecision", "contentHash", "updatedAt")
      SELECT ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid, 'Report ' || i,
             'A convoy was seen on the road.', 'en', DATE '2022-03-01' + i - 1, 'DAY', md5(i::text), now()
      FROM generate_series(1, 6) AS i`);
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('a word in every row: the newest N are ranked, and the list says it is not complete', async () => {
    const all = await search({ query: 'shelled', first: 100 });
    assert.deepEqual([all.totalCount, all.complete], [CLAIMS, true]);
    const window = await search({ query: 'shelled', window: 3 });
    assert.deepEqual([window.totalCount, window.complete], [3, false]);
    assert.deepEqual(ids(window.hits), [20, 19, 18].map(claimId).sort());
    const ranks = window.hits.map((h) => h.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
    );
  });

  it('a word only older rows hold: found through the indexes, newest first', async () => {
    // The walk reads the six newest claims (2 × window), which do not name Pyongyang.
    const window = await search({ query: 'Pyongyang', window: 3 });
    assert.deepEqual([window.totalCount, window.complete], [3, false]);
    assert.deepEqual(ids(window.hits), [11, 8, 5].map(claimId).sort());
    const all = await search({ query: 'Pyongyang', window: 4 });
    assert.deepEqual([all.totalCount, all.complete], [4, true]);
    assert.deepEqual(ids(all.hits), RARE.map(claimId).sort());
  });

  it('asOf moves the window back in time', async () => {
    const { hits, complete } = await search({ query: 'shelled', window: 3, asOf: new Date('2022-01-11') });
    assert.equal(complete, false);
    assert.deepEqual(ids(hits), [10, 9, 8].map(claimId).sort());
    const rare = await search({ query: 'Pyongyang', window: 2, asOf: new Date('2022-01-08') });
    assert.deepEqual([ids(rare.hits), rare.complete], [[5, 2].map(claimId).sort(), true]);
  });

  it('reports are windowed with claims, by the day each was published', async () => {
    const { hits, complete } = await search({ query: 'convoy', window: 2 });
    assert.equal(complete, false);
    assert.deepEqual(ids(hits), [6, 5].map(reportId).sort());
    // Claims (January) are older than every report (March): a search of both keeps the reports.
    const mixed = await search({ query: 'convoy OR shelled', window: 6 });
    assert.deepEqual([ids(mixed.hits), mixed.complete], [[1, 2, 3, 4, 5, 6].map(reportId).sort(), false]);
  });

  it('pages walk the window and end with it', async () => {
    const whole = await search({ query: 'shelled', window: 5, first: 100 });
    const paged = [];
    for (let offset = 0; offset < 5; offset += 2) paged.push(...(await search({ query: 'shelled', window: 5, first: 2, offset })).hits);
    assert.deepEqual(paged, whole.hits);
    assert.deepEqual((await search({ query: 'shelled', window: 5, offset: 5 })).hits, []);
  });

  it('a window outside 1 to 1,000 is refused', async () => {
    for (const window of [0, 1001]) await assert.rejects(search({ query: 'shelled', window }), /window/);
  });
});
