// schema.org ClaimReview of a claim's verdict in force today, as JSON-LD: the GraphQL field
// Claim.claimReview and GET /claims/{id}/claimreview.json (id: the claim's global id or uuid).
// What is written, and the rating scale, is claimReviewOf in @claimgraph/db/exchange.
import type { PrismaClient } from '@claimgraph/db';
import { claimReviewOf } from '@claimgraph/db/exchange';
import type { Plugin } from 'graphql-yoga';
import { env } from './env';
import { isUuid } from '@claimgraph/db/shared';

/** The claim page a review points to: on the reader at CLAIMGRAPH_READER_URL. */
export function claimPageUrl(globalId: string): string {
  return new URL(`/claims/${encodeURIComponent(globalId)}`, env.CLAIMGRAPH_READER_URL).toString();
}

export function claimReview(prisma: PrismaClient, claimId: string, url: string) {
  return claimReviewOf(prisma, claimId, { publisherName: env.CLAIMGRAPH_PUBLISHER_NAME, url });
}

/** A uuid as it is, or the uuid of a Claim's global id; null for anything else. */
function claimUuid(id: string): string | null {
  if (isUuid(id)) return id;
  const [type, uuid, ...rest] = Buffer.from(id, 'base64').toString('utf8').split(':');
  return type === 'Claim' && uuid && isUuid(uuid) && rest.length === 0 ? uuid : null;
}

const ROUTE = /^\/claims\/([^/]+)\/claimreview\.json$/;

/** GET /claims/{id}/claimreview.json: the review as application/ld+json, 404 when there is none. */
export function useClaimReviewRoute(prisma: PrismaClient): Plugin {
  return {
    async onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      const endResponse = (response: Response) => payload.endResponse(response);
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      const json = (status: number, body: unknown, type = 'application/json') =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': `${type}; charset=utf-8` } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('GET only', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain' } }));
        return;
      }
      const id = decodeURIComponent(match[1]!);
      const uuid = claimUuid(id);
      const review = uuid
        ? await claimReview(prisma, uuid, claimPageUrl(isUuid(id) ? Buffer.from(`Claim:${id}`).toString('base64') : id))
        : null;
      if (!review) {
        json(404, { error: uuid ? 'no claim with a verdict at this id' : 'not a claim id: give its global id or uuid' });
        return;
      }
      json(200, review, 'application/ld+json');
    },
  };
}
