// The reader's only door to ClaimGraph: the SDK over the API, one memoised read per question
// within a request (React cache), nothing cached between requests.
import { createClient, ValidationError, type FetchLike, type Verdict } from '@claimgraph/sdk';
import { connection } from 'next/server';
import { cache } from 'react';
import { env } from '../env';

// Next's fetch would otherwise decide on its own whether a POST may be cached.
const noStoreFetch: FetchLike = (url, init) => fetch(url, { ...init, cache: 'no-store' });

const client = createClient({ url: env.CLAIMGRAPH_API_URL, fetch: noStoreFetch });

/** Reads are live: rendered at request time, never during `next build`. */
function read<Args extends unknown[], Result>(load: (...args: Args) => Promise<Result>) {
  return cache(async (...args: Args): Promise<Result> => {
    await connection();
    return load(...args);
  });
}

/**
 * A read of one thing by the id (or slug) in the URL. An id the API refuses as malformed names
 * nothing, so it reads as "not found" (null), like an id that is well formed but unknown.
 */
function readById<Args extends [string, ...unknown[]], Result>(load: (...args: Args) => Promise<Result | null>) {
  return read(async (...args: Args): Promise<Result | null> => {
    try {
      return await load(...args);
    } catch (error) {
      if (error instanceof ValidationError) return null;
      throw error;
    }
  });
}

// cache() compares arguments with Object.is, so every argument is a primitive.
export const getReport = readById((id: string, asOf?: string) => client.getReport(id, { asOf }));
export const getClaimTimeline = readById((id: string, asOf?: string) => client.getClaimTimeline(id, { asOf }));
export const getClaimProvenance = readById((id: string, asOf?: string) => client.getClaimProvenance(id, { asOf }));
export const getClaimRelations = readById((id: string, asOf?: string) => client.getClaimRelations(id, { asOf }));
/** The claim's schema.org ClaimReview (the verdict in force today), for its page at `url`. */
export const getClaimReview = readById((id: string, url: string) => client.getClaimReview(id, { url }));
export const getActor = readById((ref: string, asOf?: string) => client.getActor(ref, { asOf }));
export const getSource = readById((ref: string, asOf?: string) => client.getSource(ref, { asOf }));

/** `summaries`: only editors' summaries (true), only other reports (false), or both (undefined). */
export const listReports = read((summaries: boolean | undefined, first: number, asOf?: string, publisherId?: string) =>
  client.listReports({ filter: { isSummary: summaries, publisherId }, first, asOf }),
);

export const listClaimsWithVerdict = read((verdict: Verdict, first: number, asOf?: string) =>
  client.listClaimsWithResolution({ filter: { verdicts: [verdict] }, first, asOf }),
);

export const listRecentlyResolved = read((first: number, asOf?: string) => client.listRecentlyResolved({ first, asOf }));

export const listOverdueClaims = read((first: number, asOf?: string) => client.listClaims({ filter: { overdue: true }, first, asOf }));

export const listActorClaims = readById((ref: string, role: 'CLAIMANT' | 'SUBJECT', first: number) =>
  client.listActorClaims(ref, { role, first }),
);

export const listSourceClaims = readById((ref: string, first: number) => client.listSourceClaims(ref, { first }));

export const search = read((query: string, language: string | undefined, kind: 'CLAIM' | 'REPORT' | undefined, after: string | undefined) =>
  client.search(query, { language, kinds: kind ? [kind] : undefined, first: 20, after }),
);
