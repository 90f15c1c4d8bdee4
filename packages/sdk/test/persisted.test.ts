// The SDK sends its operations by their sha256 hash, and the whole document only to an API that
// does not know the hash.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readOperations, SDK_MANIFEST, startTestApi, type TestApi } from '@claimgraph/api/testing';
import { createClient, type FetchLike } from '../src/index.ts';
import { claimId } from './support.ts';

/** A fetch that remembers the bodies it sent. */
function recordingFetch() {
  const bodies: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    bodies.push(JSON.parse(init.body) as (typeof bodies)[number]);
    return fetch(url, init);
  };
  return { bodies, fetchImpl };
}

describe('persisted operations from the SDK', () => {
  let only: TestApi;
  let unaware: TestApi;
  before(async () => {
    only = await startTestApi({ persisted: { operations: readOperations(SDK_MANIFEST), only: true } });
    unaware = await only.variant({ persisted: { operations: new Map(), only: false } });
  });
  after(async () => {
    await unaware?.stop();
    await only?.stop();
  });

  it('reads through an API that answers persisted operations only, sending hashes alone', async () => {
    const { bodies, fetchImpl } = recordingFetch();
    const client = createClient({ url: `${only.origin}/graphql`, fetch: fetchImpl });
    const claims = await client.listClaims({ first: 3 });
    assert.equal(claims.nodes.length, 3);
    const timeline = await client.getClaimTimeline(claimId('shells'));
    assert.ok(timeline);
    assert.equal(bodies.length, 2);
    for (const body of bodies) {
      assert.equal(body.query, undefined);
      assert.match(body.extensions?.persistedQuery?.sha256Hash ?? '', /^[0-9a-f]{64}$/);
    }
  });

  it('with persisted: false, sends whole documents, which such an API refuses', async () => {
    const client = createClient({ url: `${only.origin}/graphql`, persisted: false });
    await assert.rejects(client.listClaims({ first: 1 }), (error: Error & { code?: string }) => error.code === 'PERSISTED_QUERY_ONLY');
  });

  it('an API that does not know the hash gets the whole document, once per operation', async () => {
    const { bodies, fetchImpl } = recordingFetch();
    const client = createClient({ url: `${unaware.origin}/graphql`, fetch: fetchImpl });
    assert.equal((await client.listClaims({ first: 2 })).nodes.length, 2);
    assert.equal((await client.listClaims({ first: 1 })).nodes.length, 1);
    assert.deepEqual(
      bodies.map((b) => (b.query ? 'query' : 'hash')),
      ['hash', 'query', 'query'],
    );
  });
});
