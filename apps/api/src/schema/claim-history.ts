// A claim's story: its timeline (appearances and verdicts in date order) and its provenance
// (who passed it on to whom, and how many independent origins it has).
import { ClaimRelationKind } from '@claimgraph/db';
import type { DatePrecision } from '@claimgraph/db';
import { resolutionsInForce } from '@claimgraph/db/resolutions';
import type { PartialDate } from '@claimgraph/db/shared';
import { builder } from '../builder';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';
import { asOfArgOptions, ClaimNode } from './claim';
import { AppearanceNode, AttributionLinkNode, PartyUnion, asParty } from './appearance';
import { ResolutionNode } from './resolution';
import { ReportNode } from './report';
import { ClaimRelationNode, ClaimRelationKindEnum } from './relation';

type Row = Record<string, unknown> & { id: string };

const TimelineKindEnum = builder.enumType('TimelineEventKind', { values: ['APPEARED', 'RESOLVED'] as const });

interface TimelineEventShape {
  date: PartialDate;
  kind: 'APPEARED' | 'RESOLVED';
  appearance: Row | null;
  resolution: Row | null;
}

const TimelineEventRef = builder.objectRef<TimelineEventShape>('TimelineEvent').implement({
  description: 'A dated step in a claim\'s story: it appeared in a report, or a verdict took effect.',
  fields: (t) => ({
    date: t.field({ type: PartialDateRef, resolve: (e) => e.date }),
    kind: t.field({ type: TimelineKindEnum, resolve: (e) => e.kind }),
    appearance: t.field({ type: AppearanceNode, nullable: true, resolve: (e) => e.appearance as never }),
    resolution: t.field({ type: ResolutionNode, nullable: true, resolve: (e) => e.resolution as never }),
  }),
});

builder.prismaObjectField('Claim', 'timeline', (t) =>
  t.field({
    type: [TimelineEventRef],
    args: { asOf: t.arg(asOfArgOptions) },
    description: 'Appearances (by publication date) and verdicts in force (by effective date), oldest first, as known on asOf.',
    select: (_args, _ctx, nested) => ({
      appearances: nested(
        { where: { hiddenAt: null, report: { hiddenAt: null } }, include: { report: { select: { publishedOn: true, publishedPrecision: true } } } },
        ['appearance'],
      ),
      resolutions: nested(
        { select: { id: true, verdict: true, effectiveOn: true, effectivePrecision: true, recordedAt: true, correctsId: true } },
        ['resolution'],
      ),
    }),
    resolve: (claim, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const events: TimelineEventShape[] = [
        ...claim.appearances
          .filter((a) => !asOf || a.report.publishedOn <= asOf)
          .map((a) => ({ date: day(a.report.publishedOn, a.report.publishedPrecision), kind: 'APPEARED' as const, appearance: a, resolution: null })),
        ...resolutionsInForce(claim.resolutions, asOf).map((r) => ({
          date: day(r.effectiveOn, r.effectivePrecision),
          kind: 'RESOLVED' as const,
          appearance: null,
          resolution: r,
        })),
      ];
      return events.sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || (a.kind === b.kind ? 0 : a.kind === 'APPEARED' ? -1 : 1));
    },
  }),
);

interface ChainShape {
  appearance: Row;
  report: Row & { publishedOn: Date; publishedPrecision: DatePrecision };
  links: (Row & { position: number })[];
  origin: object;
}

const AttributionChainRef = builder.objectRef<ChainShape>('AttributionChain').implement({
  description: 'How one report says it came by the claim: the report, then each link back to the origin.',
  fields: (t) => ({
    appearance: t.field({ type: AppearanceNode, resolve: (c) => c.appearance as never }),
    report: t.field({ type: ReportNode, resolve: (c) => c.report as never }),
    links: t.field({ type: [AttributionLinkNode], resolve: (c) => c.links as never }),
    origin: t.field({
      type: PartyUnion,
      nullable: true,
      description: "The chain's last link; the report's publisher when the report gives no chain; null when neither is known.",
      resolve: (c) => c.origin as never,
    }),
  }),
});

interface OriginShape {
  party: object | null;
  chains: ChainShape[];
}

const OriginRef = builder.objectRef<OriginShape>('Origin').implement({
  description: 'An independent origin of a claim: everyone who relays it from here counts once.',
  fields: (t) => ({
    party: t.field({ type: PartyUnion, nullable: true, resolve: (o) => o.party as never }),
    appearanceCount: t.int({ resolve: (o) => o.chains.length }),
    firstSeen: t.field({
      type: PartialDateRef,
      resolve: (o) => {
        const first = o.chains[0]!.report;
        return day(first.publishedOn, first.publishedPrecision);
      },
    }),
  }),
});

interface ProvenanceShape {
  chains: ChainShape[];
  origins: OriginShape[];
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
    resolve: (claim, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const chains: ChainShape[] = claim.appearances
        .filter((a) => !asOf || a.report.publishedOn <= asOf)
        .sort((a, b) => a.report.publishedOn.getTime() - b.report.publishedOn.getTime() || a.id.localeCompare(b.id))
        .map((a) => {
          const last = a.chain.at(-1);
          const origin = last ? asParty(last.source, last.actor) : a.report.publisher ? asParty(a.report.publisher, null) : null;
          return { appearance: a, report: a.report, links: a.chain, origin: origin as object };
        });
      const byOrigin = new Map<string, OriginShape>();
      for (const chain of chains) {
        const a = chain.appearance as unknown as (typeof claim.appearances)[number];
        const last = a.chain.at(-1);
        const key = last ? `${last.sourceId ? 'source' : 'actor'}:${last.sourceId ?? last.actorId}` : a.report.publisherId ? `source:${a.report.publisherId}` : `report:${a.reportId}`;
        const entry = byOrigin.get(key) ?? { party: chain.origin ?? null, chains: [] };
        entry.chains.push(chain);
        byOrigin.set(key, entry);
      }
      return { chains, origins: [...byOrigin.values()] };
    },
  }),
);

const RelationDirectionEnum = builder.enumType('RelationDirection', {
  values: ['OUTGOING', 'INCOMING'] as const,
  description: 'OUTGOING: this claim is the relation\'s subject ("this contradicts that"). INCOMING: the other way round.',
});

interface RelatedShape {
  relation: Row & { kind: ClaimRelationKind };
  direction: 'OUTGOING' | 'INCOMING';
  claim: Row;
}

const RelatedClaimRef = builder.objectRef<RelatedShape>('RelatedClaim').implement({
  fields: (t) => ({
    kind: t.field({ type: ClaimRelationKindEnum, resolve: (r) => r.relation.kind }),
    direction: t.field({ type: RelationDirectionEnum, resolve: (r) => r.direction }),
    relation: t.field({ type: ClaimRelationNode, resolve: (r) => r.relation as never }),
    claim: t.field({ type: ClaimNode, resolve: (r) => r.claim as never }),
  }),
});

builder.prismaObjectField('Claim', 'relations', (t) =>
  t.field({
    type: [RelatedClaimRef],
    args: { asOf: t.arg(asOfArgOptions) },
    description:
      'Claims this one is the same as, supports, contradicts or refines, and those that do so to it; on asOf, only claims made by then.',
    select: (_args, _ctx, nested) => ({
      // The id and date keep the selection valid when the client asks for no field of the other claim.
      relationsFrom: {
        where: { hiddenAt: null, toClaim: { hiddenAt: null } },
        include: { toClaim: nested({ select: { id: true, claimedOn: true } }, ['claim']) },
      },
      relationsTo: {
        where: { hiddenAt: null, fromClaim: { hiddenAt: null } },
        include: { fromClaim: nested({ select: { id: true, claimedOn: true } }, ['claim']) },
      },
    }),
    resolve: (claim, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const known = (other: { claimedOn: Date }) => !asOf || other.claimedOn <= asOf;
      return [
        ...claim.relationsFrom.filter((r) => known(r.toClaim)).map(({ toClaim, ...relation }) => ({ relation, direction: 'OUTGOING' as const, claim: toClaim })),
        ...claim.relationsTo.filter((r) => known(r.fromClaim)).map(({ fromClaim, ...relation }) => ({ relation, direction: 'INCOMING' as const, claim: fromClaim })),
      ];
    },
  }),
);

function day(start: Date, precision: DatePrecision): PartialDate {
  return { start, precision };
}
