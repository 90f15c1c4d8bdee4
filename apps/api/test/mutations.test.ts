// What holds for every write: who may make it, that reads need no key, that a write is all or
// nothing, and that a malformed id is refused as the caller's mistake.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { schema } from '../src/schema';
import type { TestApi } from './harness';
import { assertRefused, globalId, ok, rawId, refusedUnchanged, sample, unchanged, useApi } from './mutations-support';

const t = useApi();

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const shells = sample('Claim', 'claim:shells');
const nyt = sample('Source', 'source:nyt');
const russia = sample('Actor', 'actor:russia');
const iran = sample('Actor', 'actor:iran');

/** A sample row of a table the sample data has no stable key for, for mutations that name one. */
async function anyId(api: TestApi, typename: 'Appearance' | 'ClaimRelation' | 'ActorAlias') {
  const find = {
    Appearance: () => api.prisma.appearance.findFirstOrThrow(),
    ClaimRelation: () => api.prisma.claimRelation.findFirstOrThrow(),
    ActorAlias: () => api.prisma.actorAlias.findFirstOrThrow(),
  };
  return globalId(typename, (await find[typename]()).id);
}

interface Mutation {
  name: string;
  /** Needs an admin key (an editor key is not enough). */
  admin?: true;
  query: string;
  variables: (api: TestApi) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** Every mutation, with input that is valid apart from who sends it. */
const mutations: Mutation[] = [
  {
    name: 'createSource',
    query: 'mutation { createSource(input: { name: "Daily Planet", kind: NEWS_OUTLET }) { id } }',
    variables: () => ({}),
  },
  {
    name: 'updateSource',
    query: 'mutation($id: ID!) { updateSource(input: { id: $id, version: 1, name: "NYT" }) { id } }',
    variables: () => ({ id: nyt }),
  },
  { name: 'createActor', query: 'mutation { createActor(input: { name: "Lex Luthor", kind: PERSON }) { id } }', variables: () => ({}) },
  {
    name: 'updateActor',
    query: 'mutation($id: ID!) { updateActor(input: { id: $id, version: 1, description: "x" }) { id } }',
    variables: () => ({ id: russia }),
  },
  {
    name: 'addActorAlias',
    query: 'mutation($id: ID!) { addActorAlias(actorId: $id, alias: { name: "Rossija" }) { id } }',
    variables: () => ({ id: russia }),
  },
  {
    name: 'removeActorAlias',
    query: 'mutation($id: ID!) { removeActorAlias(aliasId: $id) { id } }',
    variables: async (api) => ({ id: await anyId(api, 'ActorAlias') }),
  },
  {
    name: 'createReport',
    query: 'mutation { createReport(input: { title: "T", body: "A new text.", language: "en", published: "2024" }) { created } }',
    variables: () => ({}),
  },
  {
    name: 'updateReport',
    query: 'mutation($id: ID!) { updateReport(input: { id: $id, version: 1, title: "T" }) { id } }',
    variables: () => ({ id: sample('Report', 'report:seed-2022-09') }),
  },
  {
    name: 'createClaim',
    query: 'mutation { createClaim(input: { statement: "S", kind: EVENT, claimed: "2024" }) { id } }',
    variables: () => ({}),
  },
  {
    name: 'updateClaim',
    query: 'mutation($id: ID!) { updateClaim(input: { id: $id, version: 1, statement: "S" }) { id } }',
    variables: () => ({ id: shells }),
  },
  {
    name: 'addAppearance',
    query:
      'mutation($c: ID!, $r: ID!) { addAppearance(input: { claimId: $c, reportId: $r, anchor: { exact: "Russland Millionen von Artilleriegranaten und Raketen aus Nordkorea kauft" } }) { id } }',
    variables: () => ({ c: shells, r: sample('Report', 'report:seed-2022-09') }),
  },
  {
    name: 'updateAppearance',
    query: 'mutation($id: ID!) { updateAppearance(input: { id: $id, version: 1, translation: "x" }) { id } }',
    variables: async (api) => ({ id: await anyId(api, 'Appearance') }),
  },
  {
    name: 'recordResolution',
    query: 'mutation($c: ID!) { recordResolution(input: { claimId: $c, verdict: CONFIRMED, effective: "2024", rationale: "R" }) { id } }',
    variables: () => ({ c: shells }),
  },
  {
    name: 'relateClaims',
    query: 'mutation($a: ID!, $b: ID!) { relateClaims(input: { fromClaimId: $a, toClaimId: $b, kind: SUPPORTS }) { id } }',
    variables: () => ({ a: shells, b: sample('Claim', 'claim:iran-drones') }),
  },
  {
    name: 'updateClaimRelation',
    query: 'mutation($id: ID!) { updateClaimRelation(input: { id: $id, version: 1, note: "x" }) { id } }',
    variables: async (api) => ({ id: await anyId(api, 'ClaimRelation') }),
  },
  { name: 'hide', query: 'mutation($id: ID!) { hide(id: $id, version: 1) { id } }', variables: () => ({ id: shells }) },
  { name: 'unhide', query: 'mutation($id: ID!) { unhide(id: $id, version: 1) { id } }', variables: () => ({ id: shells }) },
  {
    name: 'mergeActors',
    admin: true,
    query: 'mutation($a: ID!, $b: ID!) { mergeActors(survivorId: $a, mergedId: $b, reason: "R") { id } }',
    variables: () => ({ a: russia, b: iran }),
  },
  {
    name: 'unmergeActors',
    admin: true,
    query: 'mutation($m: ID!) { unmergeActors(mergeId: $m) { id } }',
    variables: () => ({ m: NOWHERE }),
  },
  {
    name: 'ingestReport',
    query: 'mutation($input: IngestReportInput!) { ingestReport(input: $input) { created } }',
    variables: () => ({ input: { body: 'Russia is buying shells from North Korea, US officials said.', published: '2022-09' } }),
  },
  {
    name: 'acceptProposal',
    query: 'mutation($id: ID!, $claim: ID!) { acceptProposal(input: { id: $id, version: 1, claimId: $claim }) { id } }',
    variables: () => ({ id: globalId('Proposal', NOWHERE), claim: sample('Claim', 'claim:shells') }),
  },
  {
    name: 'rejectProposal',
    query: 'mutation($id: ID!) { rejectProposal(input: { id: $id, version: 1 }) { id } }',
    variables: () => ({ id: globalId('Proposal', NOWHERE) }),
  },
  {
    name: 'recordActorDistinction',
    admin: true,
    query: 'mutation($a: ID!, $b: ID!) { recordActorDistinction(actorAId: $a, actorBId: $b, reason: "R") { id } }',
    variables: () => ({ a: russia, b: iran }),
  },
];

describe('who may write', () => {
  it('the list below covers every mutation in the schema', async () => {
    assert.deepEqual(Object.keys(schema.getMutationType()!.getFields()).sort(), mutations.map((m) => m.name).sort());
  });

  for (const mutation of mutations) {
    it(`${mutation.name} without a key is refused with 401 and changes nothing`, async () => {
      const variables = await mutation.variables(t.api);
      const error = assertRefused(await unchanged(t.api, () => t.anonymous(mutation.query, variables)), {
        code: 'UNAUTHENTICATED',
        message: /needs an API key/,
      });
      assert.match(error.message, new RegExp(`^${mutation.name} `));
    });

    it(`${mutation.name} with a key nobody issued is refused with 401 and changes nothing`, async () => {
      const variables = await mutation.variables(t.api);
      await refusedUnchanged(t.api, () => t.badKey(mutation.query, variables), { code: 'UNAUTHENTICATED', message: /unknown or revoked/ });
    });

    if (mutation.admin) {
      it(`${mutation.name} with an editor key is refused with 403 and changes nothing`, async () => {
        const variables = await mutation.variables(t.api);
        await refusedUnchanged(t.api, () => t.editor(mutation.query, variables), {
          code: 'FORBIDDEN',
          message: /needs an admin key; this key's role is editor/,
        });
      });
    }
  }

  it('a refused request tells the client how to authenticate', async () => {
    const response = await fetch(`${t.api.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: mutations[0]!.query }),
    });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer');
  });
});

describe('reads', () => {
  it('need no key', async () => {
    const data = ok(
      await t.anonymous<{ claim: { statement: string }; reports: { totalCount: number }; actor: { slug: string } }>(
        'query($id: ID!) { claim(id: $id) { statement } reports(first: 1) { totalCount } actor(slug: "russia") { slug } }',
        { id: shells },
      ),
    );
    assert.match(data.claim.statement, /artillery shells/);
    assert.ok(data.reports.totalCount > 0);
    assert.equal(data.actor.slug, 'russia');
  });
});

describe('a write is all or nothing', () => {
  it('a claim naming one existing and one missing claimant is refused and nothing is created', async () => {
    const claims = await t.api.prisma.claim.count();
    await refusedUnchanged(
      t.api,
      () =>
        t.editor(
          'mutation($ids: [ID!]) { createClaim(input: { statement: "Half right", kind: EVENT, claimed: "2024", claimantIds: $ids }) { id } }',
          {
            ids: [russia, globalId('Actor', NOWHERE)],
          },
        ),
      { code: 'NOT_FOUND', field: 'claimantIds', message: new RegExp(`Actor ${NOWHERE} does not exist`) },
    );
    assert.equal(await t.api.prisma.claim.count(), claims);
  });

  it('an update with one valid change and one missing subject changes nothing, not even the valid part', async () => {
    const before = await t.api.prisma.claim.findUniqueOrThrow({ where: { id: rawId(shells) }, include: { actors: true } });
    await refusedUnchanged(
      t.api,
      () =>
        t.editor(
          'mutation($id: ID!, $ids: [ID!]) { updateClaim(input: { id: $id, version: 1, statement: "Changed", subjectIds: $ids }) { id } }',
          {
            id: shells,
            ids: [globalId('Actor', NOWHERE)],
          },
        ),
      { code: 'NOT_FOUND', field: 'subjectIds' },
    );
    const after = await t.api.prisma.claim.findUniqueOrThrow({ where: { id: before.id }, include: { actors: true } });
    assert.deepEqual(after, before);
  });
});

describe('ids', () => {
  it('an id that is not a ClaimGraph id is the caller’s mistake, and says which id', async () => {
    await refusedUnchanged(
      t.api,
      () => t.editor('mutation { createClaim(input: { statement: "S", kind: EVENT, claimed: "2024", claimantIds: ["zzz"] }) { id } }'),
      { code: 'BAD_USER_INPUT', field: '(input)', message: /"zzz" is not a ClaimGraph id/ },
    );
  });

  it('the id of another kind of node is refused, naming the kind expected', async () => {
    await refusedUnchanged(
      t.api,
      () =>
        t.editor(
          'mutation($ids: [ID!]) { createClaim(input: { statement: "S", kind: EVENT, claimed: "2024", claimantIds: $ids }) { id } }',
          { ids: [shells] },
        ),
      { code: 'BAD_USER_INPUT', message: /is not of type: Actor/ },
    );
  });

  it('a write to a row that does not exist is NOT_FOUND, naming the field', async () => {
    await refusedUnchanged(
      t.api,
      () =>
        t.editor('mutation($id: ID!) { updateSource(input: { id: $id, version: 1, name: "N" }) { id } }', {
          id: globalId('Source', NOWHERE),
        }),
      { code: 'NOT_FOUND', field: 'id', message: new RegExp(`Source ${NOWHERE} does not exist`) },
    );
  });
});
