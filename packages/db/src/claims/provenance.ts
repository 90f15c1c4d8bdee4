// Who said it first. Each appearance of a claim comes with the attribution chain its report
// gives (nearest link first, origin last); a chain's origin is its last link, or the report's
// publisher when the report names no one. Chains that end at the same party are one independent
// origin: ten outlets relaying one wire report are one voice, not ten.
import { knownAppearances } from '../appearances/rules';

/** A link names a source or an actor (exactly one). */
export interface ProvenanceLink {
  sourceId: string | null;
  actorId: string | null;
}

export interface ProvenanceAppearance {
  id: string;
  reportId: string;
  report: { publishedOn: Date; publisherId: string | null };
  /** Nearest first, origin last. */
  chain: readonly ProvenanceLink[];
}

type LinkOf<A extends ProvenanceAppearance> = A['chain'][number];

/** Where a chain starts: its last link, else the report's publisher, else nobody known. */
export type ChainOrigin<A extends ProvenanceAppearance> =
  { kind: 'link'; link: LinkOf<A> } | { kind: 'publisher'; publisherId: string } | { kind: 'unknown' };

export interface AttributionChain<A extends ProvenanceAppearance> {
  appearance: A;
  origin: ChainOrigin<A>;
}

export interface Origin<A extends ProvenanceAppearance> {
  /** The party every chain here ends at (as the first chain names it). */
  origin: ChainOrigin<A>;
  /** Earliest report first: the first chain is when the origin was first seen. */
  chains: AttributionChain<A>[];
}

export interface Provenance<A extends ProvenanceAppearance> {
  /** One per appearance known on asOf, earliest report first. */
  chains: AttributionChain<A>[];
  /** Independent origins, in the order they were first seen. */
  origins: Origin<A>[];
}

/** The chains of the appearances known on `asOf` (all without it) and the origins they come from. */
export function claimProvenance<A extends ProvenanceAppearance>(appearances: readonly A[], asOf?: Date): Provenance<A> {
  const chains = knownAppearances(appearances, asOf).map((appearance) => ({ appearance, origin: chainOrigin(appearance) }));
  const origins = new Map<string, Origin<A>>();
  for (const chain of chains) {
    const key = originKey(chain);
    const origin = origins.get(key) ?? { origin: chain.origin, chains: [] };
    origin.chains.push(chain);
    origins.set(key, origin);
  }
  return { chains, origins: [...origins.values()] };
}

function chainOrigin<A extends ProvenanceAppearance>(appearance: A): ChainOrigin<A> {
  const last: LinkOf<A> | undefined = appearance.chain.at(-1);
  if (last) return { kind: 'link', link: last };
  if (appearance.report.publisherId) return { kind: 'publisher', publisherId: appearance.report.publisherId };
  return { kind: 'unknown' };
}

// A publisher is a source, so a report with no chain from outlet X shares an origin with chains
// ending at X. Reports whose origin is unknown are each their own origin: nothing joins them.
function originKey<A extends ProvenanceAppearance>({ appearance, origin }: AttributionChain<A>): string {
  if (origin.kind === 'link') return origin.link.sourceId ? `source:${origin.link.sourceId}` : `actor:${origin.link.actorId}`;
  if (origin.kind === 'publisher') return `source:${origin.publisherId}`;
  return `report:${appearance.reportId}`;
}
