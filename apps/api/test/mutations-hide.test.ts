// Hiding and unhiding over HTTP: a hidden node leaves every read and comes back exactly as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertStaleWriteRefused, latestRevision, ok, rawId, refusedUnchanged, sample, useApi } from './mutations-support';

const t = useApi();

type HideResult = { id: string; typename: string; version: number; hidden: boolean };
const hide = (id: string, version: number) =>
  t.editor<{ hide: HideResult }>('mutation($id: ID!, $v: Int!) { hide(id: $id, version: $v) { id typename version hidden } }', {
    id,
    v: version,
  });
const unhide = (id: string, version: number) =>
  t.editor<{ unhide: HideResult }>('mutation($id: ID!, $v: Int!) { unhide(id: $id, version: $v) { id typename version hidden } }', {
    id,
    v: version,
  });

/** Runs a mutation that returns one node and gives back that node's id. */
async function created(query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const data = ok(await t.editor<Record<string, { id?: string; report?: { id: string } }>>(query, variables));
  const node = Object.values(data)[0]!;
  return node.id ?? node.report!.id;
}

/** The ids a read lists. */
async function listed(query: string, variables: Record<string, unknown>, edges: (data: any) => { id: string }[]): Promise<string[]> {
  return edges(ok(await t.anonymous(query, variables))).map((n) => n.id);
}

let serial = 0;
const unique = (what: string) => `${what} ${(serial += 1)}`;
const newClaim = () =>
  created('mutation($s: String!) { createClaim(input: { statement: $s, kind: EVENT, claimed: "2024" }) { id } }', { s: unique('Claim') });
const newReport = () =>
  created('mutation($b: String!) { createReport(input: { title: "T", body: $b, language: "en", published: "2024" }) { report { id } } }', {
    b: `${unique('Text')}: the quote.`,
  });

/** For each kind of hideable node: how to make one, and the list it must (not) appear in. */
const hideable: { typename: string; make: () => Promise<{ id: string; list: () => Promise<string[]> }> }[] = [
  {
    typename: 'Report',
    make: async () => ({
      id: await newReport(),
      list: () => listed('{ reports(first: 100) { edges { node { id } } } }', {}, (d) => d.reports.edges.map((e: any) => e.node)),
    }),
  },
  {
    typename: 'Source',
    make: async () => ({
      id: await created('mutation($n: String!) { createSource(input: { name: $n, kind: OTHER }) { id } }', { n: unique('Source') }),
      list: () => listed('{ sources(first: 100) { edges { node { id } } } }', {}, (d) => d.sources.edges.map((e: any) => e.node)),
    }),
  },
  {
    typename: 'Actor',
    make: async () => {
      const name = unique('Hidden actor');
      return {
        id: await created('mutation($n: String!) { createActor(input: { name: $n, kind: PERSON }) { id } }', { n: name }),
        list: () =>
          listed('query($n: String!) { actors(name: $n) { edges { node { id } } } }', { n: name }, (d) =>
            d.actors.edges.map((e: any) => e.node),
          ),
      };
    },
  },
  {
    typename: 'Claim',
    make: async () => ({
      id: await newClaim(),
      list: () => listed('{ claims(first: 100) { edges { node { id } } } }', {}, (d) => d.claims.edges.map((e: any) => e.node)),
    }),
  },
  {
    typename: 'Appearance',
    make: async () => {
      const reportId = await newReport();
      const query =
        'mutation($c: ID!, $r: ID!) { addAppearance(input: { claimId: $c, reportId: $r, anchor: { exact: "the quote" } }) { id } }';
      return {
        id: await created(query, { c: await newClaim(), r: reportId }),
        list: () =>
          listed('query($r: ID!) { report(id: $r) { appearances { edges { node { id } } } } }', { r: reportId }, (d) =>
            d.report.appearances.edges.map((e: any) => e.node),
          ),
      };
    },
  },
  {
    typename: 'ClaimRelation',
    make: async () => {
      const from = await newClaim();
      const query = 'mutation($a: ID!, $b: ID!) { relateClaims(input: { fromClaimId: $a, toClaimId: $b, kind: SAME_AS }) { id } }';
      return {
        id: await created(query, { a: from, b: await newClaim() }),
        list: () =>
          listed('query($id: ID!) { claim(id: $id) { relations { relation { id } } } }', { id: from }, (d) =>
            d.claim.relations.map((r: any) => r.relation),
          ),
      };
    },
  },
];

const nodeId = async (id: string) =>
  ok(await t.anonymous<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id })).node?.id ?? null;

describe('hide and unhide', () => {
  for (const { typename, make } of hideable) {
    it(`a hidden ${typename} disappears from node() and from its list; unhiding restores it; both are recorded`, async () => {
      const { id, list } = await make();
      assert.equal(await nodeId(id), id);
      assert.ok((await list()).includes(id), 'listed before hiding');

      assert.deepEqual(ok(await hide(id, 1)).hide, { id, typename, version: 2, hidden: true });
      assert.equal(await nodeId(id), null);
      assert.ok(!(await list()).includes(id), 'not listed while hidden');
      await latestRevision(t.api, typename, id, { action: 'HIDE', by: 'editor' });

      assert.deepEqual(ok(await unhide(id, 2)).unhide, { id, typename, version: 3, hidden: false });
      assert.equal(await nodeId(id), id);
      assert.ok((await list()).includes(id), 'listed again');
      await latestRevision(t.api, typename, id, { action: 'UNHIDE', by: 'editor' });
    });
  }

  it('a hide at a stale version is refused and the row keeps the other writer’s change', async () => {
    const id = await created('mutation { createSource(input: { name: "Stale Times", kind: NEWS_OUTLET }) { id } }');
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) =>
        t.editor('mutation($id: ID!, $v: Int!) { updateSource(input: { id: $id, version: $v, name: "Fresh Times" }) { id } }', {
          id,
          v: version,
        }),
      second: (version) => hide(id, version),
      read: () =>
        t.api.prisma.source.findUniqueOrThrow({ where: { id: rawId(id) }, select: { name: true, hiddenAt: true, version: true } }),
    });
    assert.equal(await nodeId(id), id, 'still visible');
  });

  it('an unhide at a stale version is refused and the node stays hidden', async () => {
    const id = await newClaim();
    ok(await hide(id, 1));
    await refusedUnchanged(t.api, () => unhide(id, 1), { code: 'CONFLICT', message: /you edited version 1, it is now at version 2/ });
    assert.equal(await nodeId(id), null);
  });

  it('refuses to hide twice, to unhide what is visible, and to edit what is hidden', async () => {
    const id = await newClaim();
    ok(await hide(id, 1));
    await refusedUnchanged(t.api, () => hide(id, 2), { code: 'BAD_USER_INPUT', field: 'id', message: /is already hidden/ });
    await refusedUnchanged(
      t.api,
      () => t.editor('mutation($id: ID!) { updateClaim(input: { id: $id, version: 2, statement: "S" }) { id } }', { id }),
      {
        code: 'BAD_USER_INPUT',
        field: 'id',
        message: /is hidden: unhide it before editing/,
      },
    );
    ok(await unhide(id, 2));
    await refusedUnchanged(t.api, () => unhide(id, 3), { code: 'BAD_USER_INPUT', field: 'id', message: /is not hidden/ });
  });

  it('refuses what cannot be hidden: a resolution (it is corrected instead), and a string that is no id', async () => {
    const resolution = await t.api.prisma.resolution.findFirstOrThrow();
    await refusedUnchanged(t.api, () => hide(Buffer.from(`Resolution:${resolution.id}`).toString('base64'), 1), {
      code: 'BAD_USER_INPUT',
      field: 'id',
      message: /a Resolution cannot be hidden \(hideable: Report, Source, Actor, Claim, Appearance, ClaimRelation\)/,
    });
    await refusedUnchanged(t.api, () => hide('not an id', 1), { code: 'BAD_USER_INPUT', field: 'id', message: /is not a ClaimGraph id/ });
  });

  it('hiding a sample claim leaves its actor’s claims without it', async () => {
    const id = sample('Claim', 'claim:troops-offer');
    const claimsOf = () =>
      listed('{ actor(slug: "north-korea") { claims(first: 100) { edges { node { id } } } } }', {}, (d) =>
        d.actor.claims.edges.map((e: any) => e.node),
      );
    assert.ok((await claimsOf()).includes(id));
    ok(await hide(id, 1));
    assert.ok(!(await claimsOf()).includes(id));
  });

  it('in one mutation, a source’s claims read after a claim is hidden are counted anew, not from the earlier field', async () => {
    const before = ok(
      await t.anonymous<{ source: { id: string; version: number; claims: { edges: { node: { id: string; version: number } }[] } } }>(
        '{ source(slug: "ap") { id version claims(first: 100) { edges { node { id version } } } } }',
      ),
    ).source;
    const claim = before.claims.edges[0]!.node;
    const claims = 'claims(first: 100) { totalCount edges { node { id } } }';
    const data = ok(
      await t.editor<Record<'first' | 'then', { claims: { totalCount: number; edges: { node: { id: string } }[] } }>>(
        `mutation($s: ID!, $v1: Int!, $v2: Int!, $c: ID!, $cv: Int!) {
          first: updateSource(input: { id: $s, version: $v1, description: "before" }) { ${claims} }
          hide(id: $c, version: $cv) { hidden }
          then: updateSource(input: { id: $s, version: $v2, description: "after" }) { ${claims} } }`,
        { s: before.id, v1: before.version, v2: before.version + 1, c: claim.id, cv: claim.version },
      ),
    );
    assert.equal(data.first.claims.totalCount, before.claims.edges.length);
    assert.ok(!data.then.claims.edges.some((e) => e.node.id === claim.id), 'the hidden claim left the list');
    assert.equal(data.then.claims.totalCount, data.then.claims.edges.length, 'the count follows the write');
  });
});
