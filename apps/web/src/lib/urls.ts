// Where things live in the reader. Ids are the API's global ids; actors and sources use their
// slug when they have one, which reads better in a URL and resolves the same.

interface Query {
  asOf?: string;
  claim?: string;
}

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  if (query.claim) params.set('claim', query.claim);
  if (query.asOf) params.set('asOf', query.asOf);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const reportHref = (id: string, query?: Query) => withQuery(`/reports/${encodeURIComponent(id)}`, query);
export const claimHref = (id: string, query?: Query) => withQuery(`/claims/${encodeURIComponent(id)}`, query);
export const actorHref = (party: { id: string; slug?: string | null }) => `/actors/${encodeURIComponent(party.slug ?? party.id)}`;
export const sourceHref = (party: { id: string; slug?: string | null }) => `/sources/${encodeURIComponent(party.slug ?? party.id)}`;
