// Quote anchors appear on appearances and on evidence alike.
import { anchorStatus } from '@claimgraph/db/appearances';
import { builder } from '../builder';

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
  report: { body: string; language: string };
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
    status: t.field({ type: AnchorStatusEnum, resolve: (q) => anchorStatus(q.report.body, q) }),
  }),
});

/** Prisma selection that a `quote` field needs from its row. */
export const quoteSelect = {
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  report: { select: { body: true, language: true } },
} as const;
