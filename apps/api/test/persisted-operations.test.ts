// Persisted operations (by sha256 hash) and SQL statements per operation on /metrics.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse, type DocumentNode } from 'graphql';
import { readOperations, SDK_MANIFEST } from '../src/persisted-operations';
import { memoizedOperationLabels, operationLabels } from '../src/metrics';
import { startTestApi, type TestApi } from './harness';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const REPORTS = 'query Reports($first: Int) { reports(first: $first) { totalCount edges { node { title } } } }';
const operations = new Map([[sha256(REPORTS), REPORTS]]);

async function post(api: TestApi, body: unknown) {
  const response = await fetch(`${api.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}
const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  variables,
});

describe('persisted operations', () => {
  let api: TestApi;
  let only: TestApi;
  before(async () => {
    api = await startTestApi({ persisted: { operations, only: false } });
    only = await api.variant({ persisted: { operations, only: true } });
  });
  after(async () => {
    await only?.stop();
    await api?.stop();
  });

  it('the SDK manifest is keyed by the sha256 of each document, as clients will send it', () => {
    const sdk = readOperations(SDK_MANIFEST);
    assert.ok(sdk.size > 10, `the SDK has its operations (${sdk.size})`);
    for (const [hash, document] of sdk) assert.equal(hash, sha256(document));
  });

  it('an operation sent by its hash is answered like the query itself', async () => {
    const asHash = await post(api, byHash(sha256(REPORTS), { first: 2 }));
    const asQuery = await post(api, { query: REPORTS, variables: { first: 2 } });
    assert.equal(asHash.status, 200);
    assert.equal(asHash.body.data.reports.edges.length, 2);
    assert.deepEqual(asHash.body, asQuery.body);
  });

  it('an unknown hash is refused with a reason, and no SQL is sent', async () => {
    const result = await post(api, byHash(sha256('query { nope }')));
    assert.equal(result.status, 400);
    assert.equal(result.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
    assert.match(result.body.errors[0].message, /send the query itself/);
  });

  it('set to persisted operations only, it refuses any other query and still answers by hash', async () => {
    const refused = await post(only, { query: '{ reports(first: 1) { totalCount } }' });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_ONLY');
    assert.equal(refused.body.data, undefined);
    const answered = await post(only, byHash(sha256(REPORTS), { first: 1 }));
    assert.equal(answered.status, 200);
    assert.equal(answered.body.data.reports.edges.length, 1);
  });
});

describe('/metrics: SQL statements per operation', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi({ persisted: { operations, only: false } });
  });
  after(async () => api?.stop());

  const sample = (metrics: string, series: string) =>
    Number(new RegExp(`^${series.replace(/[{}()"]/g, '\\$&')} (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN);

  it('counts each operation\'s statements under its name; names it does not know are "(other)"', async () => {
    const first = await api.graphql(REPORTS, { first: 3 });
    const second = await api.graphql(REPORTS, { first: 1 });
    const other = await api.graphql('query MadeUp { reports(first: 1) { totalCount } }');
    assert.ok(first.statements > 0 && other.statements > 0);
    const metrics = await (await fetch(`${api.origin}/metrics`)).text();
    assert.equal(sample(metrics, 'claimgraph_sql_statements_count{operation="Reports"}'), 2);
    assert.equal(sample(metrics, 'claimgraph_sql_statements_sum{operation="Reports"}'), first.statements + second.statements);
    assert.equal(sample(metrics, 'claimgraph_sql_statements_sum{operation="(other)"}'), other.statements);
    assert.doesNotMatch(metrics, /operation="MadeUp"/);
    assert.match(metrics, /graphql_yoga_http_duration_bucket\{.*operationName="Reports"/);
  });
});

describe('/metrics: labels a caller cannot multiply', () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi();
  });
  after(async () => api?.stop());

  const series = (metrics: string, name: string) => metrics.split('\n').filter((line) => line.startsWith(`${name}{`));

  it('names an SDK operation as the executor finds it, though its document starts with a fragment', async () => {
    const source = [...readOperations(SDK_MANIFEST).values()].find((document) => document.includes('query Source('));
    assert.ok(source?.startsWith('fragment '), 'the Source document opens with a fragment');
    assert.equal((await post(api, { query: source, variables: { slug: 'nyt' } })).status, 200);
    const metrics = await (await fetch(`${api.origin}/metrics`)).text();
    assert.match(
      metrics,
      /^graphql_yoga_http_duration_count\{operationName="Source",operationType="query",method="POST",statusCode="200"\} 1$/m,
    );
    assert.match(metrics, /^graphql_envelop_phase_execute_count\{operationName="Source",operationType="query"\} 1$/m);
    assert.doesNotMatch(metrics, /operationName="PartyRecordFields"/);
  });

  it('labels the operation the executor runs, and "(other)" where it runs none or one the SDK lacks', () => {
    const known = new Set(['Source', 'Actor']);
    const source = parse('fragment F on Source { name } query Source($slug: String) { source(slug: $slug) { ...F } }');
    const two = parse('query Source { __typename } query Actor { __typename }');
    const anonymous = parse('{ __typename }');
    const mutation = parse('mutation Source { __typename }');
    const mine = parse('query Mine { __typename }');
    // As computed, and as the plugins keep them with each document (asked twice: the second answers
    // from what the first kept).
    const memoized = memoizedOperationLabels(known);
    for (const labels of [(d: DocumentNode, n?: string) => operationLabels(d, n, known), memoized, memoized]) {
      const label = (document: DocumentNode, name?: string) => Object.values(labels(document, name)).join(' ');
      assert.equal(label(source), 'Source query');
      // What yoga's plugin hands over when the request names no operation: the first definition's name.
      assert.equal(label(source, 'F'), 'Source query');
      assert.equal(label(anonymous, 'Anonymous'), '(other) query');
      assert.equal(label(source, 'Nope'), '(other) unknown', 'a name the document lacks runs nothing');
      assert.equal(label(two), '(other) unknown', 'two operations and no name: nothing runs');
      assert.equal(label(two, 'Actor'), 'Actor query');
      assert.equal(label(two, 'Source'), 'Source query');
      assert.equal(label(mutation, 'Source'), 'Source mutation');
      assert.equal(label(mine), '(other) query');
    }
  });

  it('made-up operation names, URLs and aliases add no series', async () => {
    const before = await (await fetch(`${api.origin}/metrics`)).text();
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${api.origin}/graphql?made-up=${i}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // An alias on a field that fails puts a made-up name into the error's path.
        body: JSON.stringify({ query: `query MadeUp${i} { alias${i}: claim(id: "not an id") { id } }` }),
      });
      await response.text();
    }
    const after = await (await fetch(`${api.origin}/metrics`)).text();
    assert.doesNotMatch(after, /MadeUp|made-up|alias/);
    for (const name of ['graphql_yoga_http_duration_count', 'graphql_envelop_phase_execute_count', 'graphql_envelop_error_result']) {
      // Twenty requests under one set of labels: at most one new series each.
      assert.ok(series(after, name).length <= series(before, name).length + 1, `${name}: ${series(after, name).join('\n')}`);
    }
    assert.match(after, /^graphql_envelop_error_result\{operationName="\(other\)",operationType="query",phase="execute"\} 20$/m);
  });
});
