import { builder } from '../builder';
import { prismaFor } from '../context';
import { PartialDateRef } from './scalars';

export const ReportNode = builder.prismaNode('Report', {
  id: { field: 'id' },
  description: 'A published document, stored with its full text in its original language.',
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    language: t.exposeString('language', { description: 'BCP 47 tag of the text.' }),
    published: t.field({
      type: PartialDateRef,
      select: { publishedOn: true, publishedPrecision: true },
      resolve: (r) => ({ start: r.publishedOn, precision: r.publishedPrecision }),
    }),
    url: t.exposeString('url', { nullable: true }),
    isSummary: t.exposeBoolean('isSummary', { description: "True for ClaimGraph editors' summaries of a publication." }),
    contentHash: t.exposeString('contentHash'),
    addedAt: t.expose('addedAt', { type: 'DateTime' }),
    publisher: t.relation('publisher', { nullable: true }),
    claimCount: t.relationCount('appearances', { where: { hiddenAt: null } }),
  }),
});

builder.queryField('reports', (t) =>
  t.prismaConnection({
    type: 'Report',
    cursor: 'id',
    maxSize: 100,
    defaultSize: 20,
    description: 'Reports, newest publication first.',
    totalCount: (_parent, _args, ctx) => prismaFor(ctx).report.count({ where: { hiddenAt: null } }),
    resolve: (query, _parent, _args, ctx) =>
      prismaFor(ctx).report.findMany({
        ...query,
        where: { hiddenAt: null },
        orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
      }),
  }),
);
