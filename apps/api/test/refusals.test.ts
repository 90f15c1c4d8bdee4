// Input the API cannot use is the caller's mistake, said as such (BAD_USER_INPUT naming the field),
// never an internal error; and in production no error describes the schema to a stranger.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEnv } from '../src/env';
import { assertNoLeak, assertRefused, inputMutation, ok, refusedUnchanged, sample, useApi } from './mutations-support';

const t = useApi();

const NUL = 'must not contain the NUL character';
const cursor = (text: string) => Buffer.from(text).toString('base64');

describe('a NUL byte in any text is refused before any SQL', () => {
  const createActor = inputMutation<'createActor', { id: string }>(t, 'createActor', 'id');
  const createReport = inputMutation<'createReport', { created: boolean }>(t, 'createReport', 'created');

  it('in a write, naming the field, nested ones by their path', async () => {
    await refusedUnchanged(
      t.api,
      () => createActor({ name: 'Kim\u0000', kind: 'PERSON', aliases: [{ name: 'ok' }, { name: 'b\u0000d' }] }),
      {
        code: 'BAD_USER_INPUT',
        status: 400,
        field: 'aliases.1.name',
        message: new RegExp(NUL),
      },
    );
    await refusedUnchanged(t.api, () => createReport({ title: 'T', body: 'text\u0000', language: 'en', published: '2024' }), {
      code: 'BAD_USER_INPUT',
      status: 400,
      field: 'body',
      message: new RegExp(NUL),
    });
  });

  it('in a search and in a read argument, sending no SQL', async () => {
    const search = await t.anonymous('query($q: String!) { search(query: $q) { totalCount } }', { q: 'shells\u0000' });
    assertRefused(search, { code: 'BAD_USER_INPUT', status: 400, field: 'query', message: new RegExp(NUL) });
    assert.equal(search.statements, 0);
    const actor = await t.anonymous('{ actor(slug: "north\\u0000korea") { name } }');
    assertRefused(actor, { code: 'BAD_USER_INPUT', status: 400, field: 'slug', message: new RegExp(NUL) });
    assert.equal(actor.statements, 0);
  });
});

describe('a cursor the API never gave out is refused, naming the argument', () => {
  const forged = {
    'a number where the id goes (GPC:N:1e+22)': cursor('GPC:N:1e+22'),
    'an id that is not a uuid': cursor('GPC:S:not-an-id'),
    'no cursor at all': 'not base64 at all!',
  };
  for (const [what, after] of Object.entries(forged)) {
    it(what, async () => {
      const result = await t.anonymous('query($after: String) { claims(first: 2, after: $after) { edges { node { statement } } } }', {
        after,
      });
      assertRefused(result, { code: 'BAD_USER_INPUT', status: 400, field: 'after', message: /not a cursor of claims/ });
      assert.equal(result.statements, 0);
    });
  }

  it('on a nested connection and on the search, whose cursors are offsets', async () => {
    const nested = await t.anonymous(`{ actor(slug: "north-korea") { claims(after: "${cursor('GPC:N:1e+22')}") { totalCount } } }`);
    assertRefused(nested, { code: 'BAD_USER_INPUT', status: 400, field: 'after' });
    const search = await t.anonymous(`{ search(query: "artillery", after: "${cursor('OffsetConnection:1e+22')}") { totalCount } }`);
    assertRefused(search, { code: 'BAD_USER_INPUT', status: 400, field: 'after', message: /not a cursor of search/ });
  });

  it('and so is a negative page size', async () => {
    assertRefused(await t.anonymous('{ reports(first: -1) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      status: 400,
      field: 'first',
      message: /negative/,
    });
  });

  it('while the cursors it gives out page on', async () => {
    const page = '{ edges { node { statement } } pageInfo { endCursor } }';
    const first = ok(await t.anonymous<{ claims: { pageInfo: { endCursor: string } } }>(`{ claims(first: 2) ${page} }`)).claims;
    const next = ok(
      await t.anonymous<{ claims: { edges: unknown[] } }>(`query($after: String) { claims(first: 2, after: $after) ${page} }`, {
        after: first.pageInfo.endCursor,
      }),
    );
    assert.equal(next.claims.edges.length, 2);
    const hits = ok(
      await t.anonymous<{ search: { pageInfo: { endCursor: string } } }>(
        '{ search(query: "artillery", first: 1) { pageInfo { endCursor } } }',
      ),
    ).search;
    ok(
      await t.anonymous('query($after: String) { search(query: "artillery", after: $after) { totalCount } }', {
        after: hits.pageInfo.endCursor,
      }),
    );
  });
});

describe('links are web addresses', () => {
  const createSource = inputMutation<'createSource', { id: string }>(t, 'createSource', 'id');
  const createReport = inputMutation<'createReport', { created: boolean }>(t, 'createReport', 'created');
  const updateReport = inputMutation<'updateReport', { id: string }>(t, 'updateReport', 'id');
  const HTTP_ONLY = /absolute URL starting with http:\/\/ or https:\/\//;

  for (const link of [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'https:/example.org/missing-slash',
  ]) {
    it(`refuses ${link.slice(0, 16)}… as a homepage or a report's url`, async () => {
      await refusedUnchanged(t.api, () => createSource({ name: 'Script', kind: 'OTHER', homepage: link }), {
        code: 'BAD_USER_INPUT',
        field: 'homepage',
        message: HTTP_ONLY,
      });
      await refusedUnchanged(t.api, () => createReport({ title: 'T', body: 'Words.', language: 'en', published: '2024', url: link }), {
        code: 'BAD_USER_INPUT',
        field: 'url',
        message: HTTP_ONLY,
      });
      await refusedUnchanged(t.api, () => updateReport({ id: sample('Report', 'report:seed-2022-09'), version: 1, url: link }), {
        code: 'BAD_USER_INPUT',
        field: 'url',
        message: HTTP_ONLY,
      });
    });
  }

  it('accepts http and https ones', async () => {
    ok(await createSource({ name: 'Plain web', kind: 'OTHER', homepage: 'http://example.org/' }));
    ok(await createSource({ name: 'Secure web', kind: 'OTHER', homepage: 'https://example.org/about?x=1' }));
  });
});

describe('the request body', () => {
  it('that is not JSON is refused in plain words, quoting neither the parser nor the body', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await fetch(`${t.api.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: '{"query": "{ secretWord',
      });
      assert.equal(response.status, 400);
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      assert.deepEqual(
        body.errors.map((e) => [e.message, e.extensions]),
        [['The request body is not valid JSON.', { code: 'BAD_REQUEST' }]],
      );
      assert.doesNotMatch(text, /secretWord|Unexpected|position|SyntaxError/);
    }
  });
});

describe('the database pool is a setting', () => {
  it('holds 10 connections unless CLAIMGRAPH_DB_POOL says otherwise, and refuses a pool of none', () => {
    assert.equal(readEnv({}).CLAIMGRAPH_DB_POOL, 10);
    assert.equal(readEnv({ CLAIMGRAPH_DB_POOL: '25' }).CLAIMGRAPH_DB_POOL, 25);
    assert.throws(() => readEnv({ CLAIMGRAPH_DB_POOL: '0' }), /CLAIMGRAPH_DB_POOL/);
    assert.throws(() => readEnv({ CLAIMGRAPH_DB_POOL: 'many' }), /CLAIMGRAPH_DB_POOL/);
  });
});

describe('in production no error describes the schema', () => {
  it('introspection is a setting: off in production unless asked for, on in development', () => {
    assert.equal(readEnv({ NODE_ENV: 'production' }).CLAIMGRAPH_INTROSPECTION, false);
    assert.equal(readEnv({ NODE_ENV: 'production', CLAIMGRAPH_INTROSPECTION: 'true' }).CLAIMGRAPH_INTROSPECTION, true);
    assert.equal(readEnv({ NODE_ENV: 'development' }).CLAIMGRAPH_INTROSPECTION, true);
    assert.equal(readEnv({}).CLAIMGRAPH_INTROSPECTION, true);
    assert.equal(readEnv({ CLAIMGRAPH_INTROSPECTION: 'false' }).CLAIMGRAPH_INTROSPECTION, false);
    assert.throws(() => readEnv({ CLAIMGRAPH_INTROSPECTION: 'perhaps' }), /CLAIMGRAPH_INTROSPECTION/);
  });

  it('the production API answers no introspection, the one configured to does', async () => {
    const query = '{ __schema { queryType { name } } }';
    const refused = await t.anonymous(query);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(refused.body.errors?.[0]?.message ?? '', /introspection has been disabled/);
    assert.equal(refused.body.data, undefined);
    const open = await t.api.variant({ introspection: true });
    try {
      assert.deepEqual(ok(await open.graphql(query)), { __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.stop();
    }
  });

  const mistakes = {
    'an enum value in a variable': ['query($v: [Verdict!]) { claims(filter: { verdicts: $v }) { totalCount } }', { v: ['CONFIRME'] }],
    'an enum value in the query': ['{ claims(filter: { verdicts: [CONFIRME] }) { totalCount } }', {}],
    'a field name': ['{ claims { edges { node { statemen } } } }', {}],
    'an argument name': ['{ claims(frist: 2) { totalCount } }', {}],
  } as const;
  for (const [what, [query, variables]] of Object.entries(mistakes)) {
    it(`a misspelt ${what} is refused without "Did you mean", which development still offers`, async () => {
      const production = await t.anonymous(query, variables);
      assert.ok(production.body.errors?.length, JSON.stringify(production.body));
      assert.doesNotMatch(JSON.stringify(production.body), /Did you mean|CONFIRMED|statement\b|first\b/);
      assertNoLeak(JSON.stringify(production.body));
      const development = await t.api.variant({ development: true });
      try {
        assert.match(JSON.stringify((await development.graphql(query, variables)).body), /Did you mean/);
      } finally {
        await development.stop();
      }
    });
  }
});
