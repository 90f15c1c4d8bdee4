// The verdict filter over more claims than PostgreSQL takes bind parameters (32,767): the page
// is cut in one statement, so a large match is an answer like any other, not an error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from './harness';

const GENERATED = 40_000;

let api: TestApi;
before(async () => {
  api = await startTestApi();
  // Claims with no resolution, so OPEN on every day; claimed 2010-01-01 onwards, several a day.
  await api.prisma.$executeRawUnsafe(`
    INSERT INTO "Claim" (id, statement, kind, "claimedOn", "claimedPrecision", "updatedAt")
    SELECT gen_random_uuid(), 'generated claim ' || i, 'EVENT', DATE '2010-01-01' + (i % 1500), 'DAY', now()
    FROM generate_series(1, ${GENERATED}) AS i`);
  await api.prisma.$executeRawUnsafe('ANALYZE "Claim"');
});
after(() => api?.stop());

interface Page {
  claims: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { id: string; verdict: string } }[] };
}
const openClaims = `query($first: Int, $after: String, $last: Int, $before: String, $asOf: Date) {
  claims(first: $first, after: $after, last: $last, before: $before, asOf: $asOf, filter: { verdicts: [OPEN] }) {
    totalCount pageInfo { endCursor } edges { node { id verdict } } } }`;

async function page(variables: Record<string, unknown>) {
  const { body, statements } = await api.graphql<Page>(openClaims, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return { ...body.data!.claims, statements };
}
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

/** The generated claims known on 2014-12-31, newest first, straight from the table. */
async function expectedIds(limit: number): Promise<string[]> {
  const rows = await api.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM "Claim" WHERE "claimedOn" <= DATE '2014-12-31' ORDER BY "claimedOn" DESC, id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

describe('claims(filter: { verdicts }) over more matches than bind parameters', () => {
  it('answers OPEN with every open claim counted and the newest first, not an error', async () => {
    const small = await page({ first: 5, asOf: '2010-01-02' });
    const everything = await page({ first: 5 });
    const known = (
      await api.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Claim" WHERE "claimedOn" <= DATE '2014-12-31'`)
    )[0]!.n;
    const onDay = await page({ first: 5, asOf: '2014-12-31' });
    assert.ok(everything.totalCount > GENERATED, `${everything.totalCount} open claims today`);
    assert.equal(onDay.totalCount, known);
    assert.ok(onDay.totalCount > 32_767);
    assert.deepEqual(
      onDay.edges.map((e) => rawId(e.node.id)),
      await expectedIds(5),
    );
    assert.ok(onDay.edges.every((e) => e.node.verdict === 'OPEN'));
    assert.ok(small.totalCount < 100);
    // One statement cuts the page, one loads it, one counts: the same for 10 matches or 40,000.
    assert.equal(onDay.statements, small.statements);
    assert.equal(onDay.statements, 3);
  });

  it('pages forwards and backwards through a large match as through a small one', async () => {
    const expected = await expectedIds(10);
    const first = await page({ first: 5, asOf: '2014-12-31' });
    const second = await page({ first: 5, after: first.pageInfo.endCursor, asOf: '2014-12-31' });
    assert.deepEqual(
      [...first.edges, ...second.edges].map((e) => rawId(e.node.id)),
      expected,
    );
    const back = await page({ last: 3, before: first.pageInfo.endCursor, asOf: '2014-12-31' });
    assert.deepEqual(
      back.edges.map((e) => rawId(e.node.id)),
      expected.slice(1, 4),
    );
  });
});
