// GET /claims/{id}/claimreview.json on the reader: the claim page's ClaimReview JSON-LD as a file
// (the same as the API's route, with this reader's page as its url); 404 when the claim has no
// verdict in force.
import { getClaimReview } from '../../../../lib/claimgraph';
import { routeId } from '../../../../lib/params';
import { claimHref } from '../../../../lib/urls';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = routeId((await params).id);
  // The page's address as the claim page itself names it: from the request's host.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? 'localhost';
  const proto = request.headers.get('x-forwarded-proto') ?? 'http';
  const review = await getClaimReview(id, `${proto}://${host}${claimHref(id)}`);
  if (!review) return Response.json({ error: 'ClaimGraph has no claim with a verdict at this address' }, { status: 404 });
  return new Response(JSON.stringify(review), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
}
