// ClaimReview from the API: the GraphQL field and GET /claims/{id}/claimreview.json agree, field
// by field, on every claim with a verdict in force; unknown ids are 404.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sampleId } from '@claimgraph/db/seed';
import { globalId, startTestApi, type TestApi } from './harness';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

describe('ClaimReview', () => {
  it('every claim with a resolution in force has one, the same from the field and the route', async () => {
    const { body } = await api.graphql<{ claims: { edges: { node: { id: string; verdict: string; claimReview: string | null } }[] } }>(
      `{ claims(first: 100) { edges { node { id verdict claimReview } } } }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const claims = body.data!.claims.edges.map((e) => e.node);
    const resolved = await api.prisma.claim.findMany({ where: { resolutions: { some: {} } }, select: { id: true } });
    assert.equal(claims.filter((c) => c.claimReview).length, resolved.length);
    const words: Record<string, [number, string]> = {
      CONFIRMED: [5, 'Confirmed'],
      PARTLY_CONFIRMED: [3, 'Partly confirmed'],
      REFUTED: [1, 'Refuted'],
      OPEN: [-1, 'Open: not settled yet'],
      UNVERIFIABLE: [-1, 'Unverifiable'],
    };
    for (const claim of claims.filter((c) => c.claimReview)) {
      const review = JSON.parse(claim.claimReview!) as Record<string, any>;
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.url, `http://localhost:3000/claims/${encodeURIComponent(claim.id)}`);
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'ClaimGraph' });
      assert.deepEqual(
        [
          review.reviewRating.ratingValue,
          review.reviewRating.alternateName,
          review.reviewRating.bestRating,
          review.reviewRating.worstRating,
        ],
        [...words[claim.verdict]!, 5, 1],
      );
      assert.match(review.datePublished as string, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(review.itemReviewed['@type'], 'Claim');
      assert.ok((review.itemReviewed.appearance as unknown[]).length >= 1);
      const response = await fetch(`${api.origin}/claims/${encodeURIComponent(claim.id)}/claimreview.json`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/ld+json; charset=utf-8');
      assert.deepEqual(await response.json(), review);
    }
  });

  it('the route takes the uuid too, and answers 404 for what is not a claim with a verdict', async () => {
    const uuid = sampleId('claim:shells');
    const byUuid = (await (await fetch(`${api.origin}/claims/${uuid}/claimreview.json`)).json()) as { claimReviewed: string; url: string };
    assert.equal(byUuid.claimReviewed, 'Russia is buying millions of artillery shells and rockets from North Korea.');
    assert.equal(byUuid.url, `http://localhost:3000/claims/${encodeURIComponent(globalId('Claim', uuid))}`);
    for (const id of ['nonsense', globalId('Claim', '00000000-0000-4000-8000-000000000000'), globalId('Actor', sampleId('actor:russia'))]) {
      const response = await fetch(`${api.origin}/claims/${encodeURIComponent(id)}/claimreview.json`);
      assert.equal(response.status, 404, id);
    }
  });

  it('a url given to the field is the review’s url', async () => {
    const { body } = await api.graphql<{ claim: { claimReview: string } }>(
      `query($id: ID!) { claim(id: $id) { claimReview(url: "https://reader.example/c/1") } }`,
      { id: globalId('Claim', sampleId('claim:shells')) },
    );
    assert.equal((JSON.parse(body.data!.claim.claimReview) as { url: string }).url, 'https://reader.example/c/1');
  });
});
