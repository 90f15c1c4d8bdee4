// A claim's provenance: who passed it on to whom, and how many independent origins it has. The
// rule (what an origin is, which chains share one) is claimProvenance in @claimgraph/db/claims;
// this file only selects what it needs and names the parties.
import type { DatePrecision } from '@claimgraph/db';
import {
  claimProvenance,
  type AttributionChain,
  type ChainOrigin,
  type Origin,
  type ProvenanceAppearance,
  type ProvenanceLink,
} from '@claimgraph/db/claims';
import { builder } from '../builder';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';
import { asOfArgOptions } from './claim';
import { AppearanceNode, AttributionLinkNode, PartyUnion, asParty } from './appearance';
import { ReportNode } from './report';

/** An appearance as the provenance field loads it: with its report, publisher and chain's parties. */
interface LoadedAppearance extends ProvenanceAppearance {
  report: ProvenanceAppearance['report'] & { id: string; publishedPrecision: DatePrecision; publisher: object | null };
  chain: (ProvenanceLink & { id: string; position: number; source: object | null; actor: object | null })[];
}

type Chain = AttributionChain<LoadedAppearance>;

/** The party a chain starts with, for the Party union; null when the report names no one and has no publisher. */
function partyOf(origin: ChainOrigin<LoadedAppearance>, appearance: LoadedAppearance): object | null {
  if (origin.kind === 'link') return asParty(origin.link.source, origin.link.actor);
  if (origin.kind === 'publisher' && appearance.report.publisher) return asParty(appearance.report.publisher, null);
  return null;
}

const AttributionChainRef = builder.objectRef<Chain>('AttributionChain').implement({
  description: 'How one report says it came by the claim: the report, then each link back to the origin.',
  fields: (t) => ({
    appearance: t.field({ type: AppearanceNode, resolve: (c) => c.appearance as never }),
    report: t.field({ type: ReportNode, resolve: (c) => c.appearance.report as never }),
    links: t.field({ type: [AttributionLinkNode], resolve: (c) => c.appearance.chain as never }),
    origin: t.field({
      type: PartyUnion,
      nullable: true,
      description: "The chain's last link; the report's publisher when the report gives no chain; null when neither is known.",
      resolve: (c) => partyOf(c.origin, c.appearance) as never,
    }),
  }),
});

const OriginRef = builder.objectRef<Origin<LoadedAppearance>>('Origin').implement({
  description: 'An independent origin of a claim: everyone who relays it from here counts once.',
  fields: (t) => ({
    party: t.field({ type: PartyUnion, nullable: true, resolve: (o) => partyOf(o.origin, o.chains[0]!.appearance) as never }),
    appearanceCount: t.int({ resolve: (o) => o.chains.length }),
    firstSeen: t.field({
      type: PartialDateRef,
      resolve: (o) => {
        const first = o.chains[0]!.appearance.report;
        return { start: first.publishedOn, precision: first.publishedPrecision };
      },
    }),
  }),
});

interface ProvenanceShape {
  chains: Chain[];
  origins: Origin<LoadedAppearance>[];
}

const ProvenanceRef = builder.objectRef<ProvenanceShape>('Provenance').implement({
  description: 'Who said it first and who merely repeated whom.',
  fields: (t) => ({
    chains: t.field({ type: [AttributionChainRef], resolve: (p) => p.chains }),
    origins: t.field({ type: [OriginRef], resolve: (p) => p.origins }),
    independentOriginCount: t.int({ description: 'Ten outlets repeating one report are one origin.', resolve: (p) => p.origins.length }),
    firstAppearance: t.field({ type: AppearanceNode, nullable: true, resolve: (p) => (p.chains[0]?.appearance ?? null) as never }),
  }),
});

builder.prismaObjectField('Claim', 'provenance', (t) =>
  t.field({
    type: ProvenanceRef,
    args: { asOf: t.arg(asOfArgOptions) },
    // The links are planned as what `chains.links` selects, so a link's `party` is read from the
    // loaded row instead of fetching every link again with its source and actor.
    select: (_args, _ctx, nested) => ({
      appearances: {
        where: { hiddenAt: null, report: { hiddenAt: null } },
        include: {
          report: { include: { publisher: true } },
          chain: nested({ orderBy: { position: 'asc' }, include: { source: true, actor: true } }, ['chains', 'links']),
        },
      },
    }),
    resolve: (claim, args, ctx, info) => claimProvenance<LoadedAppearance>(claim.appearances, resolveAsOf(ctx, info, args.asOf)),
  }),
);
