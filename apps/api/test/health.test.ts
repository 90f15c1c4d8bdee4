import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from './harness';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

describe('the API over HTTP', () => {
  it('answers its health check', async () => {
    const response = await fetch(`${api.origin}/health`);
    assert.equal(response.status, 200);
  });

  it('is ready when the database answers', async () => {
    const response = await fetch(`${api.origin}/ready`);
    assert.equal(response.status, 200);
  });

  it('serves Prometheus metrics', async () => {
    await api.graphql('{ __typename }');
    const text = await (await fetch(`${api.origin}/metrics`)).text();
    assert.match(text, /graphql_yoga_http_duration/);
  });

  it('lists the sample reports, the seed report with its eleven claims and its month-precise date', async () => {
    const { status, body } = await api.graphql<{
      reports: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            language: string;
            isSummary: boolean;
            published: { text: string; precision: string; start: string };
            claimCount: number;
          };
        }[];
      };
    }>(`{ reports(first: 100) { totalCount edges { node { title language isSummary published { text precision start } claimCount } } } }`);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined);
    const reports = body.data!.reports;
    assert.equal(reports.totalCount, await api.prisma.report.count());
    assert.equal(reports.edges.length, reports.totalCount);
    const seed = reports.edges.map((e) => e.node).filter((r) => !r.isSummary);
    assert.equal(seed.length, 1);
    assert.deepEqual(
      { language: seed[0]!.language, published: seed[0]!.published, claimCount: seed[0]!.claimCount },
      { language: 'de', published: { text: '2022-09', precision: 'MONTH', start: '2022-09-01' }, claimCount: 11 },
    );
    const dates = reports.edges.map((e) => e.node.published.start);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });

  it('refuses a query nested deeper than any honest one, before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i += 1) selection = `relations { claim { ${selection} } }`;
    const { body, statements } = await api.graphql(`{ claims(first: 1) { edges { node { ${selection} } } } }`);
    assert.equal(body.data, undefined);
    assert.match(body.errors?.[0]?.message ?? '', /depth|cost limit/i);
    assert.equal(statements, 0);
  });
});
