import { knownBy } from '@claimgraph/db/appearances';
import { builder } from '../builder';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';
import { VerdictEnum } from './claim';
import { QuoteRef, quoteSelect } from './anchor-fields';

const EvidenceNode = builder.prismaNode('Evidence', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs).
  select: { id: true },
  nullable: true,
  description: 'A report passage that decides a resolution.',
  fields: (t) => ({
    report: t.relation('report'),
    quote: t.field({ type: QuoteRef, select: quoteSelect, resolve: (e) => e }),
  }),
});

export const ResolutionNode = builder.prismaNode('Resolution', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs), and verdict and effective,
  // which nearly every query asks for, with every row (builder.ts says why).
  select: { id: true, verdict: true, effectiveOn: true, effectivePrecision: true },
  nullable: true,
  description: 'A dated verdict on a claim. Never edited: a correction is a new resolution that names the one it corrects.',
  fields: (t) => ({
    claim: t.relation('claim'),
    verdict: t.field({ type: VerdictEnum, resolve: (r) => r.verdict }),
    originalLabel: t.exposeString('originalLabel', {
      nullable: true,
      description: "The publisher's own label, where it is not ClaimGraph's.",
    }),
    effective: t.field({
      type: PartialDateRef,
      resolve: (r) => ({ start: r.effectiveOn, precision: r.effectivePrecision }),
    }),
    rationale: t.exposeString('rationale'),
    recordedBy: t.exposeString('recordedBy'),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When ClaimGraph recorded it (not when it took effect).' }),
    corrects: t.relation('corrects', { nullable: true }),
    correctedBy: t.relation('correctedBy', { nullable: true }),
    evidence: t.field({
      type: [EvidenceNode],
      args: { asOf: t.arg({ type: 'Date', required: false, description: "Defaults to the enclosing field's asOf." }) },
      description: 'The passages that decide it, from reports published by asOf.',
      select: (_args, _ctx, nested) => ({
        evidence: nested({ orderBy: { position: 'asc' }, include: { report: { select: { publishedOn: true, hiddenAt: true } } } }),
      }),
      // Evidence is known when its report is, as an appearance is.
      resolve: (r, args, ctx, info) =>
        r.evidence.filter((e) => e.report.hiddenAt === null && knownBy(e, resolveAsOf(ctx, info, args.asOf))),
    }),
  }),
});
