// How many SQL statements representative nested reads send, pinned exactly, so that an N+1 (or
// any new statement) fails here. Measured on the sample data; a change that moves a number must
// say why in this table.
//
// depth: tables along the deepest path of the query. bound: one statement per table each
// table-touching selection names (relations, connections, totalCounts, the resolver's own
// look-ups), before Pothos merges selections of one relation into one load. Nothing here may
// depend on how many rows come back: each query is also run for a small and a large page (or a
// small and a large claim) and must cost the same.
//
// | query                                   | GraphQL depth | statements |
// |-----------------------------------------|---------------|------------|
// | a reports → appearances → claims        |      10       |     2      |
// | b source(ap) → claims → timeline        |      11       |     2      |
// | c claims(CONFIRMED) → provenance, ...   |       8       |     3      |
// | d claim(asOf) → timeline, provenance    |       6       |     1      |
// | e search "Nordkorea" (reports only)     |       6       |     2      |
// | e search "artillery" (reports, claims)  |       6       |     3      |
// | f actor(north-korea) → claims(SUBJECT)  |       5       |     1      |
// | g recentlyResolved → currentResolution  |       5       |     2      |
// | h claims(language: de) → verdict        |       2       |     1      |
//
// Prisma's relationJoins (schema.prisma) loads a whole nested selection in one statement with
// LATERAL joins, so a query costs one statement per root list plus one per totalCount and per
// raw look-up a resolver needs (the verdict filter, an actor's or a source's page, the search); those look-ups
// are memoised per request, so a page and its totalCount share them.
// a: Report page with everything below it and its count (from the per-day sums), in one
//    statement; the bodies of the quotes' reports, for `status` (one batched look-up: the page
//    does not carry a body per quote).
// b: Source with its publisher's reports; the page's ids and the count, read from the source's chain
//    links, and those claims with timelines, in one statement (json-reads' pageInOrder).
// c: the page's ids, cut by the verdict filter (raw SQL); those claims with provenance and relations; the count (raw SQL).
// d: Claim with timeline and provenance.
// e: the search (raw SQL); Report hits; Claim hits when there are any.
// f: Actor by slug (with its merge pointer and aliases), its family (itself and the actors merged
//    into it), the page's ids (from cg_claim_actor_list_idx), the count and those claims with what
//    they select, in one statement (actor-claims-fold.ts, json-reads' findFirstJsonWithPage).
// g: the ids, ordered by the verdict in force (raw SQL); those claims with what they select.
// h: the page's ids and the count from cg_claim_language, and those claims with their
//    resolutions, in one statement. Sources, claimants or subjects alone are paged the same way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { sampleId } from '@claimgraph/db/seed';
import { globalId, startTestApi, type TestApi } from './harness';

interface Case {
  name: string;
  depth: number;
  bound: number;
  statements: number;
  query: string;
  /** The same query over few rows, then over many; each must cost `statements`. */
  runs: Record<string, unknown>[];
  /** True when the last run returns more rows than the first (so equal counts prove something). */
  grows: boolean;
}

const timeline =
  'timeline { date { text } kind resolution { verdict evidence { quote { exact } report { title } } } appearance { report { title } } }';
const provenance =
  'provenance { independentOriginCount chains { links { position party { __typename ... on Source { name } ... on Actor { name } } } } }';
const claimId = (key: string) => globalId('Claim', sampleId(`claim:${key}`));

// Page sizes travel as variables so one document serves both runs. (The cost limit reads them as it
// reads literals: query a's larger run costs about 62,000 of the 100,000 one request may ask for.)
const cases: Case[] = [
  {
    name: 'a reports → appearances → claims',
    depth: 5,
    bound: 13,
    statements: 2,
    query: `query($first: Int!, $appearances: Int!) { reports(first: $first) { totalCount edges { node { title published { text } publisher { name }
      appearances(first: $appearances) { totalCount edges { node { quote { exact status }
        claim { statement verdict claimants { name } subjects { name } resolutions { verdict effective { text } } } } } } } } } }`,
    runs: [
      { first: 4, appearances: 50 },
      { first: 20, appearances: 50 },
    ],
    grows: true,
  },
  {
    name: 'b source(ap) → claims → timeline',
    depth: 5,
    bound: 11,
    statements: 2,
    // AP is in more attribution chains than any other source of the sample data.
    query: `query($first: Int!) { source(slug: "ap") { name claims(first: $first) { totalCount edges { node { statement ${timeline} } } } } }`,
    runs: [{ first: 2 }, { first: 20 }],
    grows: true,
  },
  {
    name: 'c claims(CONFIRMED) → provenance, relations',
    depth: 5,
    bound: 24,
    statements: 3,
    query: `query($first: Int!) { claims(first: $first, filter: { verdicts: [CONFIRMED] }) { totalCount edges { node { statement verdict
      claimants { name aliases { name language } } ${provenance} relations { kind direction claim { statement verdict } } } } } }`,
    runs: [{ first: 2 }, { first: 50 }],
    grows: true,
  },
  {
    name: 'd claim(asOf) → timeline, provenance',
    depth: 4,
    bound: 18,
    statements: 1,
    query: `query($id: ID!) { claim(id: $id, asOf: "2022-12-01") { verdict ${timeline} ${provenance} } }`,
    // A claim with one appearance and nothing resolved by then, against the seed report's lead
    // claim (a three-link chain and a verdict by then).
    runs: [{ id: claimId('nk-denial') }, { id: claimId('shells') }],
    grows: true,
  },
  {
    name: 'e search "Nordkorea" (reports only)',
    depth: 3,
    bound: 5,
    statements: 2,
    query: `query($first: Int!, $q: String!) { search(query: $q, first: $first) { totalCount edges { node { snippet
      node { __typename ... on Report { title publisher { name } } ... on Claim { statement verdict } } } } } }`,
    // One German report matches, so both pages hold the same single hit.
    runs: [
      { first: 2, q: 'Nordkorea' },
      { first: 20, q: 'Nordkorea' },
    ],
    grows: false,
  },
  {
    name: 'e search "artillery" (reports, claims)',
    depth: 3,
    bound: 5,
    statements: 3,
    query: `query($first: Int!, $q: String!) { search(query: $q, first: $first) { totalCount edges { node { snippet
      node { __typename ... on Report { title publisher { name } } ... on Claim { statement verdict } } } } } }`,
    // The first two hits are a report and a claim, so both pages load both kinds.
    runs: [
      { first: 2, q: 'artillery' },
      { first: 20, q: 'artillery' },
    ],
    grows: true,
  },
  {
    name: 'f actor(north-korea) → claims(SUBJECT)',
    depth: 3,
    bound: 11,
    statements: 1,
    query: `query($first: Int!) { actor(slug: "north-korea") { name aliases { name } claims(first: $first, role: SUBJECT) { totalCount edges { node { statement verdict } } } } }`,
    runs: [{ first: 2 }, { first: 20 }],
    grows: true,
  },
  {
    name: 'g recentlyResolved → currentResolution',
    depth: 4,
    bound: 4,
    statements: 2,
    query: `query($first: Int!) { recentlyResolved(first: $first) { statement verdict claimants { name }
      currentResolution { verdict effective { text } evidence { report { title } } } } }`,
    runs: [{ first: 2 }, { first: 20 }],
    grows: true,
  },
  {
    name: 'h claims(language: de) → verdict',
    depth: 2,
    bound: 3,
    statements: 1,
    query: `query($first: Int!) { claims(first: $first, filter: { language: "de" }) { totalCount edges { node { statement verdict } } } }`,
    runs: [{ first: 2 }, { first: 20 }],
    grows: true,
  },
];

/** Objects in a response: a row count that does not care which rows they are. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + objectsIn(item), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce<number>((sum, item) => sum + objectsIn(item), 0);
  return 0;
}

let api: TestApi;
const measured: { query: string; depth: number; bound: number; statements: string; objects: string }[] = [];
before(async () => {
  api = await startTestApi();
});
after(async () => {
  console.log('SQL statements per query (one run per page size):');
  console.table(measured);
  await api?.stop();
});

describe('nested reads cost a fixed number of SQL statements, whatever the number of rows', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.statements} statements`, async () => {
      const results = [];
      for (const variables of c.runs) {
        const result = await api.graphql(c.query, variables);
        assert.equal(result.status, 200);
        assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
        results.push({ statements: result.statements, objects: objectsIn(result.body.data) });
      }
      measured.push({
        query: c.name,
        depth: c.depth,
        bound: c.bound,
        statements: results.map((r) => r.statements).join(' / '),
        objects: results.map((r) => r.objects).join(' / '),
      });
      const [first, last] = [results[0]!, results.at(-1)!];
      if (c.grows) assert.ok(last.objects > first.objects, `the larger run returns more rows (${first.objects} → ${last.objects} objects)`);
      assert.deepEqual(
        results.map((r) => r.statements),
        results.map(() => first.statements),
        'statements do not grow with the rows returned',
      );
      assert.ok(first.statements <= c.bound, `at most one statement per table the query touches (${c.bound}), got ${first.statements}`);
      const depth = selectionDepth(c.query);
      assert.ok(first.statements <= depth, `no more statements (${first.statements}) than the query's depth (${depth})`);
      assert.equal(first.statements, c.statements, 'the pinned statement count (update the table at the top when it moves for a reason)');
    });
  }
});

/** How deeply the query's fields nest (fragments count as their fields): GraphQL Armor's measure. */
function selectionDepth(query: string): number {
  const walk = (set: SelectionSetNode | undefined): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((sel) =>
        sel.kind === Kind.FIELD ? 1 + walk(sel.selectionSet) : sel.kind === Kind.INLINE_FRAGMENT ? walk(sel.selectionSet) : 0,
      ),
    );
  const doc = parse(query);
  return Math.max(...doc.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? walk(d.selectionSet) : 0)));
}
