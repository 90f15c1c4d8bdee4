// Editors' writes through the SDK, and every kind of failure as its own exception class.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';
import {
  AuthenticationError,
  ClaimGraphError,
  ConflictError,
  createClient,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  SourceDocument,
  ValidationError,
  type ClaimGraphClient,
  type NewClaim,
} from '../src/index.ts';
import { claimId, reportId, seedReportId } from './support.ts';

let api: TestApi;
let editor: ClaimGraphClient;
let reader: ClaimGraphClient;
before(async () => {
  api = await startTestApi();
  editor = createClient({ url: `${api.origin}/graphql`, apiKey: api.keys.editor });
  reader = createClient({ url: `${api.origin}/graphql` });
});
after(() => api?.stop());

const MUNITION = 'die russische Munition nach sechs Monaten Krieg in der Ukraine zur Neige geht';
const newClaim = (exact: string, reportId = seedReportId): NewClaim => ({
  statement: 'Russian ammunition is running out after six months of war in Ukraine.',
  kind: 'CONDITION',
  claimed: '2022-09',
  credibility: 'POSSIBLY_TRUE',
  appearance: { reportId, anchor: { exact }, translation: 'Russian ammunition is running out after six months of war in Ukraine' },
});
const claimCount = async () => (await reader.listClaims({ first: 1 })).totalCount;

// Any operation the SDK has no method for: a TypedDocumentNode parsed from text.
const updateStatement = parse(`
  mutation UpdateStatement($input: UpdateClaimInput!) { updateClaim(input: $input) { id version statement } }
`) as TypedDocumentNode<
  { updateClaim: { id: string; version: number | null; statement: string | null } | null },
  { input: { id: string; version: number; statement?: string } }
>;

describe('createClaim and recordResolution', () => {
  it('records a claim anchored to the report’s words, then settles it with a dated verdict', async () => {
    const before = await claimCount();
    const { claim, appearance } = await editor.createClaim(newClaim(MUNITION));
    assert.equal(claim.statement, 'Russian ammunition is running out after six months of war in Ukraine.');
    assert.deepEqual(claim.claimed, { text: '2022-09', start: '2022-09-01', precision: 'MONTH' });
    assert.equal(claim.verdict, 'OPEN');
    assert.equal(appearance.report?.id, seedReportId);
    assert.deepEqual([appearance.quote?.exact, appearance.quote?.status], [MUNITION, 'OK']);
    const report = await reader.getReport(seedReportId);
    assert.equal(report?.body?.slice(appearance.quote.start, appearance.quote.end), MUNITION);
    assert.equal(report?.appearances.length, 12);
    assert.equal(await claimCount(), before + 1);

    const resolution = await editor.recordResolution({
      claimId: claim.id,
      verdict: 'PARTLY_CONFIRMED',
      effective: '2022-11-02',
      rationale: 'Russia sought shells abroad; running out was not shown.',
      evidence: [{ reportId: reportId('wh-covert-shells-2022-11-02'), anchor: { exact: 'North Korea was covertly supplying Russia' } }],
    });
    assert.equal(resolution.verdict, 'PARTLY_CONFIRMED');
    assert.deepEqual(resolution.effective, { text: '2022-11-02', start: '2022-11-02', precision: 'DAY' });
    assert.equal(resolution.evidence?.[0]?.quote?.exact, 'North Korea was covertly supplying Russia');
    assert.deepEqual(resolution.claim, { id: claim.id, verdict: 'PARTLY_CONFIRMED', version: claim.version });

    const timeline = await reader.getClaimTimeline(claim.id);
    assert.deepEqual(
      timeline?.timeline.map((e) => [e.kind, e.date?.text, e.resolution?.verdict ?? null]),
      [
        ['APPEARED', '2022-09', null],
        ['RESOLVED', '2022-11-02', 'PARTLY_CONFIRMED'],
      ],
    );
    assert.equal((await reader.getClaimTimeline(claim.id, { asOf: '2022-10-01' }))?.verdict, 'OPEN');
  });
});

describe('errors keep the server’s explanation', () => {
  it('a quote that is not in the report is a ValidationError naming the field, and no claim is stored', async () => {
    const before = await claimCount();
    const error = await editor.createClaim(newClaim('words the report never used')).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError, String(error));
    assert.ok(error instanceof ClaimGraphError);
    assert.equal(error.code, 'BAD_USER_INPUT');
    assert.deepEqual(error.fields, [
      { field: 'appearance.anchor.exact', message: 'the quote "words the report never used" does not occur in the report body' },
    ]);
    assert.equal(
      error.message,
      'invalid input: appearance.anchor.exact: the quote "words the report never used" does not occur in the report body',
    );
    assert.deepEqual(error.path, ['createClaim']);
    assert.equal(await claimCount(), before, 'the claim and its anchor are stored together or not at all');
  });

  it('a stale version sent through request() is a ConflictError with both versions, and nothing changes', async () => {
    const shells = claimId('shells');
    const read = await reader.getClaimTimeline(shells);
    const version = read!.version;
    const first = await editor.request(updateStatement, { input: { id: shells, version, statement: `${read!.statement} (edited)` } });
    assert.equal(first.updateClaim?.version, version + 1);
    const error = await editor
      .request(updateStatement, { input: { id: shells, version, statement: 'a stale edit' } })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError, String(error));
    assert.deepEqual([error.yourVersion, error.currentVersion, error.entity], [version, version + 1, 'Claim']);
    assert.match(error.message, /was changed by someone else: you edited version \d+, it is now at version \d+/);
    assert.equal((await reader.getClaimTimeline(shells))?.statement, `${read!.statement} (edited)`);
  });

  it('a write without a key is an AuthenticationError (401) that says how to get one', async () => {
    const before = await claimCount();
    const error = await reader.createClaim(newClaim(MUNITION)).catch((e: unknown) => e);
    assert.ok(error instanceof AuthenticationError, String(error));
    assert.equal(error.status, 401);
    assert.match(error.message, /^createClaim needs an API key: send "Authorization: Bearer <key>"/);
    assert.equal(await claimCount(), before);
  });

  it('an editor key asking for an admin operation is a ForbiddenError (403)', async () => {
    const unmerge = parse('mutation { unmergeActors(mergeId: "nothing") { id } }') as TypedDocumentNode<{
      unmergeActors: { id: string | null } | null;
    }>;
    const error = await editor.request(unmerge).catch((e: unknown) => e);
    assert.ok(error instanceof ForbiddenError, String(error));
    assert.equal(error.status, 403);
    assert.equal(error.message, "unmergeActors needs an admin key; this key's role is editor");
  });

  it('anchoring to a report that does not exist is a NotFoundError', async () => {
    const error = await editor.createClaim(newClaim(MUNITION, reportId('no-such-report'))).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError, String(error));
    assert.equal(error.entity, 'Report');
  });

  it('a closed port is a NetworkError with the URL and the cause', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createClient({ url })
      .listClaims()
      .catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(error.url, url);
    assert.ok(error.cause instanceof Error);
    assert.match(error.message, new RegExp(`^could not reach the ClaimGraph API at ${url}: fetch failed.*ECONNREFUSED`));
  });

  it('an answer that is not GraphQL (404 page, 502 from a proxy) is a NetworkError with the status', async () => {
    const notFound = await createClient({ url: `${api.origin}/not-graphql` })
      .listClaims()
      .catch((e: unknown) => e);
    assert.ok(notFound instanceof NetworkError);
    assert.equal(notFound.status, 404);
    const proxy = createClient({
      url: 'https://claimgraph.example/graphql',
      fetch: async () =>
        new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }),
    });
    const badGateway = await proxy.listClaims().catch((e: unknown) => e);
    assert.ok(badGateway instanceof NetworkError);
    assert.equal(badGateway.status, 502);
    assert.equal(
      badGateway.message,
      'the ClaimGraph API at https://claimgraph.example/graphql answered 502 Bad Gateway (text/html), not a GraphQL response: <html>Bad Gateway</html>',
    );
  });

  it('a masked server error is a plain ClaimGraphError with its code, not a NetworkError', async () => {
    const body = { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null };
    const failing = createClient({
      url: 'https://claimgraph.example/graphql',
      fetch: async () =>
        new Response(JSON.stringify(body), { status: 500, headers: { 'content-type': 'application/graphql-response+json' } }),
    });
    const error = await failing.listClaims().catch((e: unknown) => e);
    assert.ok(error instanceof ClaimGraphError && !(error instanceof NetworkError), String(error));
    assert.deepEqual([error.code, error.status, error.message], ['INTERNAL_SERVER_ERROR', 500, 'Unexpected error.']);
  });

  it('partial data with errors is thrown, not returned; the data rides on the error', async () => {
    const mixed = parse('{ claims(first: 1) { totalCount } report(id: "not-an-id") { title } }') as TypedDocumentNode<{
      claims: { totalCount: number };
    }>;
    const error = await reader.request(mixed).catch((e: unknown) => e);
    assert.ok(error instanceof ClaimGraphError, String(error));
    assert.deepEqual((error.data as { claims: unknown }).claims, { totalCount: await claimCount() });
  });
});

describe('request', () => {
  it('sends the SDK’s own typed documents, and DocumentNodes without source text through `print`', async () => {
    const { source } = await reader.request(SourceDocument, { slug: 'nyt' });
    assert.equal(source?.name, 'The New York Times');
    const bare = parse('query { source(slug: "nyt") { name } }', { noLocation: true }) as TypedDocumentNode<{
      source: { name: string } | null;
    }>;
    await assert.rejects(reader.request(bare), /carries no source text: pass `print` from graphql/);
    const printing = createClient({ url: `${api.origin}/graphql`, print });
    assert.deepEqual(await printing.request(bare), { source: { name: 'The New York Times' } });
  });
});
