// Quote anchors appear on appearances and on evidence alike.
import { anchorStatus } from '@claimgraph/db/appearances';
import DataLoader from 'dataloader';
import { builder } from '../builder';
import { prismaFor, type Context } from '../context';

const AnchorStatusEnum = builder.enumType('AnchorStatus', {
  values: ['OK', 'LOST'] as const,
  description: 'LOST when the stored offsets no longer cut the quote out of the report body. Never re-attached by guessing.',
});

export interface AnchoredRow {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  reportId: string;
  report: { language: string };
}

const BODIES = Symbol('report bodies');

/** The bodies of the reports this request's quotes ask `status` of, read in one statement. */
function reportBodies(ctx: Context): DataLoader<string, string | undefined> {
  const holder = ctx as Context & { [BODIES]?: DataLoader<string, string | undefined> };
  return (holder[BODIES] ??= new DataLoader(async (ids) => {
    const rows = await prismaFor(ctx).report.findMany({ where: { id: { in: [...ids] } }, select: { id: true, body: true } });
    const bodies = new Map(rows.map((row) => [row.id, row.body]));
    return ids.map((id) => bodies.get(id));
  }));
}

export const QuoteRef = builder.objectRef<AnchoredRow>('Quote').implement({
  description: 'The exact words in a report (W3C Web Annotation TextQuoteSelector + TextPositionSelector).',
  fields: (t) => ({
    exact: t.exposeString('exact'),
    prefix: t.exposeString('prefix'),
    suffix: t.exposeString('suffix'),
    start: t.exposeInt('start', { description: 'UTF-16 code-unit offset into the report body (a JavaScript string index).' }),
    end: t.exposeInt('end', { description: 'Exclusive end offset.' }),
    language: t.string({ description: "BCP 47 tag of the quote's text: its report's language.", resolve: (q) => q.report.language }),
    status: t.field({
      type: AnchorStatusEnum,
      resolve: async (q, _args, ctx) => {
        const body = await reportBodies(ctx).load(q.reportId);
        if (body === undefined) throw new Error(`report ${q.reportId} of a quote was not found`);
        return anchorStatus(body, q);
      },
    }),
  }),
});

/**
 * Prisma selection that a `quote` field needs from its row. The report body, needed only for
 * `status`, is not part of it: a page of quotes would carry a few kilobytes of body each (see
 * reportBodies).
 */
export const quoteSelect = {
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  reportId: true,
  report: { select: { language: true } },
} as const;
