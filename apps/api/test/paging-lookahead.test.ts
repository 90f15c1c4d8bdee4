// Connections read no row past the page where pageInfo is not asked (withoutLookahead in
// paging.ts): the answers are those of the same query asking pageInfo, page after page, and the
// statements read one row fewer at each level that can tell.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globalId, startTestApi, type TestApi } from './harness';
import { sampleId } from '@claimgraph/db/seed';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

type Edges<T> = { edges: { cursor: string; node: T }[]; pageInfo?: { hasNextPage: boolean; endCursor: string | null } };
type ReportNode = { title: string; appearances: Edges<{ quote: { exact: string } }> };

async function run<T>(query: string, variables: Record<string, unknown>): Promise<{ data: T; sql: string }> {
  const result = await api.graphql<T>(query, variables);
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  return { data: result.body.data!, sql: result.sql.join('\n') };
}

/** The LIMITs a set of statements sends (json-reads and the page statements write them as literals). */
const limits = (sql: string) => new Set([...sql.matchAll(/LIMIT (\d+)/g)].map((m) => Number(m[1])));

const reportsQuery = (outer: string, inner: string, node = 'title appearances(first: 2) { __INNER__ }') =>
  `query($after: String) { reports(first: 3, after: $after) { ${outer} edges { cursor node { ${node.replace('__INNER__', inner)} } } } }`;
const appearanceEdges = 'edges { cursor node { quote { exact } } }';
const withPageInfo = 'pageInfo { hasNextPage endCursor }';

/** Every page of reports, walked by the last edge's cursor, as `query` answers them. */
async function walk(query: string) {
  const pages: { edges: Edges<ReportNode>['edges']; sql: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, sql }: { data: { reports: Edges<ReportNode> }; sql: string } = await run(query, { after });
    if (!data.reports.edges.length) return pages;
    pages.push({ edges: data.reports.edges, sql });
    after = data.reports.edges.at(-1)!.cursor;
  }
}

describe('connections read no row past the page unless pageInfo is asked', () => {
  it('the same reports and appearances, page after page, with pageInfo and without', async () => {
    const asked = await walk(reportsQuery(withPageInfo, `${withPageInfo} ${appearanceEdges}`));
    const unasked = await walk(reportsQuery('', appearanceEdges));
    assert.ok(asked.length >= 3, 'the sample data fills several pages');
    assert.deepEqual(
      unasked.map((p) => p.edges),
      asked.map((p) => p.edges.map((e) => ({ ...e, node: { ...e.node, appearances: { edges: e.node.appearances.edges } } }))),
    );
  });

  it('reads 3 reports and 2 appearances each for first: 3 and first: 2, one more where pageInfo is asked', async () => {
    const neither = await run(reportsQuery('', appearanceEdges), {});
    assert.ok(limits(neither.sql).has(3) && limits(neither.sql).has(2) && !limits(neither.sql).has(4), neither.sql);
    const outer = await run(reportsQuery(withPageInfo, appearanceEdges), {});
    assert.ok(limits(outer.sql).has(4) && limits(outer.sql).has(2) && !limits(outer.sql).has(3), outer.sql);
    const inner = await run(reportsQuery('', `${withPageInfo} ${appearanceEdges}`), {});
    assert.ok(limits(inner.sql).has(3) && !limits(inner.sql).has(2) && !limits(inner.sql).has(4), inner.sql);
  });

  it('pageInfo asked in a fragment counts as asked', async () => {
    const query = `query { reports(first: 3) { ...Paged edges { node { title } } } } fragment Paged on QueryReportsConnection { pageInfo { hasNextPage } }`;
    const { data, sql } = await run<{ reports: { pageInfo: { hasNextPage: boolean } } }>(query, {});
    assert.equal(data.reports.pageInfo.hasNextPage, true);
    assert.ok(limits(sql).has(4), sql);
  });

  it('a nested connection behind a fragment, or asked twice, keeps its extra row and answers alike', async () => {
    const fragment = await run<{ reports: Edges<ReportNode> }>(
      `query { reports(first: 3) { edges { node { ...Apps } } } } fragment Apps on Report { title appearances(first: 2) { ${withPageInfo} ${appearanceEdges} } }`,
      {},
    );
    // 3 reports, and 2 + 1 appearances each.
    assert.ok(limits(fragment.sql).has(3) && !limits(fragment.sql).has(2) && !limits(fragment.sql).has(4), fragment.sql);
    const twice = await run<{ reports: Edges<{ a: Edges<unknown>; b: Edges<unknown> }> }>(
      `query { reports(first: 3) { edges { node { a: appearances(first: 2) { ${appearanceEdges} } b: appearances(first: 2) { ${withPageInfo} ${appearanceEdges} } } } } }`,
      {},
    );
    for (const { node } of twice.data.reports.edges) assert.deepEqual(node.a.edges, node.b.edges);
    const plain = await run<{ reports: Edges<ReportNode> }>(reportsQuery(withPageInfo, `${withPageInfo} ${appearanceEdges}`), {});
    for (const [i, { node }] of twice.data.reports.edges.entries()) {
      assert.deepEqual(node.b, plain.data.reports.edges[i]!.node.appearances, 'hasNextPage as the plain query tells it');
    }
  });

  it("an actor's claims: the same pages without pageInfo, each read with no row past it", async () => {
    const query = (pageInfo: string) => `query($after: String) { actor(slug: "north-korea") { claims(first: 1, after: $after) {
      ${pageInfo} edges { cursor node { statement } } } } }`;
    type Page = { actor: { claims: Edges<{ statement: string }> } };
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const asked: { data: Page; sql: string } = await run(query(withPageInfo), { after });
      const unasked: { data: Page; sql: string } = await run(query(''), { after });
      assert.deepEqual(unasked.data.actor.claims.edges, asked.data.actor.claims.edges);
      if (after === null) {
        // The first page: 1 + 1 claims read, or 1 (later pages skip past their cursor's claim too).
        assert.ok(limits(asked.sql).has(2), asked.sql);
        assert.ok(!limits(unasked.sql).has(2), unasked.sql);
      }
      if (!asked.data.actor.claims.pageInfo!.hasNextPage) break;
      after = asked.data.actor.claims.edges.at(-1)!.cursor;
      pages += 1;
    }
    assert.ok(pages >= 1, 'north-korea has more than one claim');
  });

  it('backwards (last, before): the same pages without pageInfo', async () => {
    const id = globalId('Source', sampleId('source:ap'));
    const query = (pageInfo: string) =>
      `query { node(id: "${id}") { ... on Source { claims(last: 2) { ${pageInfo} edges { node { statement } } } } } }`;
    const asked = await run<{ node: { claims: Edges<unknown> } }>(query(withPageInfo), {});
    const unasked = await run<{ node: { claims: Edges<unknown> } }>(query(''), {});
    assert.deepEqual(unasked.data.node.claims.edges, asked.data.node.claims.edges);
  });
});
