// A claim's timeline: where it appeared and each verdict as it took effect, in date order.
import { knownBy } from '@claimgraph/db/appearances';
import { resolutionsInForce } from '@claimgraph/db/resolutions';
import type { PartialDate } from '@claimgraph/db/shared';
import { builder } from '../builder';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';
import { asOfArgOptions } from './claim';
import { AppearanceNode } from './appearance';
import { ResolutionNode } from './resolution';

type Row = Record<string, unknown> & { id: string };

const TimelineKindEnum = builder.enumType('TimelineEventKind', { values: ['APPEARED', 'RESOLVED'] as const });

interface TimelineEventShape {
  date: PartialDate;
  kind: 'APPEARED' | 'RESOLVED';
  appearance: Row | null;
  resolution: Row | null;
}

const TimelineEventRef = builder.objectRef<TimelineEventShape>('TimelineEvent').implement({
  description: "A dated step in a claim's story: it appeared in a report, or a verdict took effect.",
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
        {
          where: { hiddenAt: null, report: { hiddenAt: null } },
          include: { report: { select: { publishedOn: true, publishedPrecision: true } } },
        },
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
          .filter((a) => knownBy(a, asOf))
          .map((a) => ({
            date: { start: a.report.publishedOn, precision: a.report.publishedPrecision },
            kind: 'APPEARED' as const,
            appearance: a,
            resolution: null,
          })),
        ...resolutionsInForce(claim.resolutions, asOf).map((r) => ({
          date: { start: r.effectiveOn, precision: r.effectivePrecision },
          kind: 'RESOLVED' as const,
          appearance: null,
          resolution: r,
        })),
      ];
      // On one day, a claim appears before a verdict on it takes effect.
      return events.sort(
        (a, b) => a.date.start.getTime() - b.date.start.getTime() || (a.kind === b.kind ? 0 : a.kind === 'APPEARED' ? -1 : 1),
      );
    },
  }),
);
