// `actor { claims { ... } }` read in one statement (src/schema/actor-claims-fold.ts): the same
// answers as the two statements it replaces, for every kind of page, and the two statements
// wherever the fold does not apply. The unfolded answer is asked with the claims under an inline
// fragment, which the fold leaves alone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sampleId } from '@claimgraph/db/seed';
import { mergeActors } from '@claimgraph/db/actors';
import { globalId, startTestApi, type GraphQLResult, type TestApi } from './harness';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(async () => {
  await api?.stop();
});

const CLAIM = 'id statement verdict claimed { text } resolutions(includeCorrected: true) { verdict effective { start } }';

/** The query asked with the claims as a field of the actor (folded) and under a fragment (not). */
function both(actorArgs: string, claimsArgs: string, selection: string) {
  const fragment = selection.includes('...Nodes') ? ` fragment Nodes on ActorClaimsConnection { edges { node { ${CLAIM} } } }` : '';
  const folded = `{ actor(${actorArgs}) { name slug claims${claimsArgs} { ${selection} } } }${fragment}`;
  const apart = `{ actor(${actorArgs}) { name slug ... on Actor { claims${claimsArgs} { ${selection} } } } }${fragment}`;
  return { folded, apart };
}

async function ask(query: string, variables?: Record<string, unknown>, status = 200): Promise<GraphQLResult<Record<string, unknown>>> {
  const result = await api.graphql(query, variables);
  assert.equal(result.status, status, JSON.stringify(result.body.errors));
  return result;
}

/** The claims an answer's actor carries. */
const claimsIn = (result: GraphQLResult<Record<string, unknown>>) =>
  (result.body.data as { actor: { claims: { edges: unknown[] } } }).actor.claims.edges.length;

const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${CLAIM} } }`;

describe("an actor and its claims' page in one statement", () => {
  // [case, the actor, the claims' arguments, their selection, how many claims the page holds]
  const cases: [string, string, string, string, number][] = [
    ['subjects, first page, counted, with pageInfo', 'slug: "north-korea"', '(role: SUBJECT, first: 2)', PAGE, 2],
    ['claimants', 'slug: "united-states"', '(role: CLAIMANT, first: 3)', PAGE, 3],
    ['both roles, the default page', 'slug: "russia"', '', PAGE, 15],
    ['as of a day', 'slug: "russia"', '(asOf: "2022-10-01", first: 5)', PAGE, 5],
    ['edges without totalCount or pageInfo', 'slug: "north-korea"', '(first: 4)', `edges { node { ${CLAIM} } }`, 4],
    ['backwards: the last two', 'slug: "russia"', '(last: 2)', PAGE, 2],
    ['by id', `id: "${globalId('Actor', sampleId('actor:russia'))}"`, '(first: 2)', PAGE, 2],
    ['an empty page', 'slug: "north-korea"', '(first: 0)', PAGE, 0],
    ['cursors alone, nothing under the nodes', 'slug: "russia"', '(first: 3)', 'edges { cursor }', 3],
    ['the nodes under a fragment spread', 'slug: "russia"', '(first: 3)', 'totalCount ...Nodes', 3],
  ];
  for (const [name, actorArgs, claimsArgs, selection, claims] of cases) {
    it(`${name}: the same answer, in one statement instead of two`, async () => {
      const { folded, apart } = both(actorArgs, claimsArgs, selection);
      const [one, two] = [await ask(folded), await ask(apart)];
      assert.equal(one.body.errors, undefined, JSON.stringify(one.body.errors));
      assert.deepEqual(one.body, two.body);
      assert.equal(claimsIn(one), claims);
      assert.deepEqual([one.statements, two.statements], [1, 2]);
    });
  }

  it('the page after a cursor, and the variables a client sends, read alike', async () => {
    const first = await ask(both('slug: "russia"', '(first: 2)', PAGE).folded);
    const cursor = (first.body.data as { actor: { claims: { pageInfo: { endCursor: string } } } }).actor.claims.pageInfo.endCursor;
    const query = `query($slug: String, $after: String, $role: ClaimActorRole) {
      actor(slug: $slug) { id claims(first: 2, after: $after, role: $role) { ${PAGE} } } }`;
    const apart = query.replace(/claims\(/, '... on Actor { claims(').replace(/ \} \} \}$/, ' } } } }');
    const variables = { slug: 'russia', after: cursor, role: null };
    const [one, two] = [await ask(query, variables), await ask(apart, variables)];
    assert.equal(one.body.errors, undefined, JSON.stringify(one.body.errors));
    assert.deepEqual(one.body, two.body);
    assert.notDeepEqual(one.body, first.body);
    assert.deepEqual([one.statements, two.statements], [1, 2]);
  });

  it('an unknown or hidden actor is null, in one statement; page arguments are refused or answered as before', async () => {
    const unknown = await ask(both('slug: "nobody"', '(first: 2)', PAGE).folded);
    assert.deepEqual([unknown.body, unknown.statements], [{ data: { actor: null } }, 1]);
    const hidden = sampleId('actor:wagner-group');
    await api.prisma.actor.update({ where: { id: hidden }, data: { hiddenAt: new Date() } });
    const gone = await ask(both('slug: "wagner-group"', '(first: 2)', PAGE).folded);
    await api.prisma.actor.update({ where: { id: hidden }, data: { hiddenAt: null } });
    assert.deepEqual([gone.body, gone.statements], [{ data: { actor: null } }, 1]);

    // Refused, refused, and answered (Pothos takes both first and last), alike each way.
    for (const [claimsArgs, refused] of [
      ['(first: 2, after: "bm90IGEgY3Vyc29y")', true],
      ['(first: -1)', true],
      ['(first: 2, last: 1)', false],
    ] as const) {
      const { folded, apart } = both('slug: "russia"', claimsArgs, PAGE);
      const one = await api.graphql(folded);
      const two = await api.graphql(apart);
      assert.equal(Boolean(one.body.errors?.length), refused, `${claimsArgs}: ${JSON.stringify(one.body.errors)}`);
      assert.deepEqual([one.status, one.body], [two.status, two.body]);
    }
  });

  it('a selection the fold leaves alone (two claims fields, totalCount alone) reads as before', async () => {
    const twice = await ask(
      `{ actor(slug: "russia") { made: claims(role: CLAIMANT, first: 1) { edges { node { id } } } about: claims(role: SUBJECT, first: 1) { edges { node { id } } } } }`,
    );
    assert.equal(twice.body.errors, undefined, JSON.stringify(twice.body.errors));
    assert.equal(twice.statements, 3);
    const counted = await ask(`{ actor(slug: "russia") { claims(first: 5) { totalCount } } }`);
    assert.equal(counted.body.errors, undefined, JSON.stringify(counted.body.errors));
    assert.equal(counted.statements, 2);
  });

  // Last: the merge changes the sample data the cases above read.
  it("a merged actor's slug answers its survivor, with the claims of both, as before", async () => {
    const survivor = sampleId('actor:iran');
    const merged = sampleId('actor:china');
    const alone = await ask(both('slug: "iran"', '(first: 50)', 'totalCount').folded);
    await mergeActors({ prisma: api.prisma, actor: 'test' }, { survivorId: survivor, mergedId: merged, reason: 'a test of the fold' });
    for (const slug of ['china', 'iran']) {
      const { folded, apart } = both(`slug: "${slug}"`, '(first: 50)', PAGE);
      const [one, two] = [await ask(folded), await ask(apart)];
      assert.equal(one.body.errors, undefined, JSON.stringify(one.body.errors));
      assert.deepEqual(one.body, two.body);
      const answer = one.body.data as { actor: { slug: string; claims: { totalCount: number } } };
      assert.equal(answer.actor.slug, 'iran');
      const survivorAlone = (alone.body.data as { actor: { claims: { totalCount: number } } }).actor.claims.totalCount;
      assert.ok(
        answer.actor.claims.totalCount > survivorAlone,
        `the survivor’s claims include the merged actor’s (${survivorAlone} → ${answer.actor.claims.totalCount})`,
      );
    }
  });
});
