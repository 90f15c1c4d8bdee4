import { startOfDayUtc } from '@claimgraph/dates';
import type { Prisma } from '@claimgraph/db';
import { countPublishedReports, countPublishedReportsSql } from '@claimgraph/db/reports';
import { likeLiteral } from '@claimgraph/db/shared';
import { findFirstJson, findManyJson, findManyJsonCounted } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { countOnce, keepCount, paged, pagedRelation, selectsTotalCount, withoutLookahead } from '../paging';
import { prismaFor } from '../context';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';

export const ReportNode = builder.prismaNode('Report', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs), and title,
  // which nearly every query asks for, with every row (builder.ts says why).
  select: { id: true, title: true },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  description: 'A published document, stored with its full text in its original language.',
  fields: (t) => ({
    title: t.string({ resolve: (r) => r.title }),
    body: t.exposeString('body', { description: 'The full text, never edited: a changed text is a new version.' }),
    language: t.exposeString('language', { description: 'BCP 47 tag of the text.' }),
    published: t.field({
      type: PartialDateRef,
      select: { publishedOn: true, publishedPrecision: true },
      resolve: (r) => ({ start: r.publishedOn, precision: r.publishedPrecision }),
    }),
    url: t.exposeString('url', { nullable: true }),
    alternateUrls: t.exposeStringList('alternateUrls'),
    isSummary: t.exposeBoolean('isSummary', { description: "True for ClaimGraph editors' summaries of a publication." }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the body: the same text stored twice is one report.' }),
    addedAt: t.expose('addedAt', { type: 'DateTime', description: 'When ClaimGraph recorded it.' }),
    version: t.exposeInt('version'),
    publisher: t.relation('publisher', { nullable: true }),
    previousVersion: t.relation('previousVersion', { nullable: true }),
    nextVersion: t.relation('nextVersion', { nullable: true }),
    claimCount: t.relationCount('appearances', { where: { hiddenAt: null, claim: { hiddenAt: null } } }),
    appearances: t.relatedConnection('appearances', {
      cursor: 'id',
      ...pagedRelation('appearances', 100, 200),
      totalCount: true,
      description: 'The claims in this report, in text order.',
      query: { where: { hiddenAt: null, claim: { hiddenAt: null } }, orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const ReportFilterInput = builder.inputType('ReportFilter', {
  fields: (t) => ({
    language: t.string({ required: false, description: 'BCP 47; "de" includes "de-AT".' }),
    publisherId: t.globalID({ required: false }),
    isSummary: t.boolean({ required: false }),
    publishedFrom: t.field({ type: 'Date', required: false }),
    publishedTo: t.field({ type: 'Date', required: false }),
  }),
});

type ReportFilter =
  | {
      language?: string | null;
      publisherId?: { id: string } | null;
      isSummary?: boolean | null;
      publishedFrom?: string | null;
      publishedTo?: string | null;
    }
  | null
  | undefined;

/** The publication days a list covers: from publishedFrom, to the earlier of publishedTo and asOf. */
function publishedRange(f: NonNullable<ReportFilter>, asOf?: Date): { gte?: Date; lte?: Date } {
  const upper = [f.publishedTo ? startOfDayUtc(f.publishedTo) : null, asOf ?? null].filter((d): d is Date => d !== null);
  return {
    ...(f.publishedFrom ? { gte: startOfDayUtc(f.publishedFrom) } : {}),
    ...(upper.length ? { lte: new Date(Math.min(...upper.map((d) => d.getTime()))) } : {}),
  };
}

/** Whether the per-day sums count the list: it is filtered by days and kind alone. */
const countedByDay = (f: NonNullable<ReportFilter>) => !f.language && !f.publisherId;

/** The days and kind a list filtered by them alone covers, for the per-day sums (countPublishedReports). */
function daysCounted(f: NonNullable<ReportFilter>, asOf?: Date) {
  const { gte: from, lte: to } = publishedRange(f, asOf);
  return { from, to, isSummary: f.isSummary ?? undefined };
}

const countKey = (days: ReturnType<typeof daysCounted>) => `reports:${JSON.stringify(days)}`;

function reportsWhere(filter: ReportFilter, asOf?: Date): Prisma.ReportWhereInput {
  const f = filter ?? {};
  const published = publishedRange(f, asOf);
  return {
    hiddenAt: null,
    ...(Object.keys(published).length ? { publishedOn: published } : {}),
    ...(f.publisherId ? { publisherId: f.publisherId.id } : {}),
    ...(f.isSummary !== undefined && f.isSummary !== null ? { isSummary: f.isSummary } : {}),
    ...(f.language
      ? {
          OR: [
            { language: { equals: likeLiteral(f.language), mode: 'insensitive' } },
            { language: { startsWith: `${likeLiteral(f.language)}-`, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

builder.queryField('reports', (t) =>
  t.prismaConnection({
    type: 'Report',
    cursor: 'id',
    ...paged(20, 100),
    description: 'Reports published by asOf, newest publication first.',
    args: { filter: t.arg({ type: ReportFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    totalCount: async (_root, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const f = args.filter ?? {};
      if (!countedByDay(f)) return prismaFor(ctx).report.count({ where: reportsWhere(f, asOf) });
      const days = daysCounted(f, asOf);
      // Usually read with the page (resolve below).
      return countOnce(ctx, info, countKey(days), () => countPublishedReports(prismaFor(ctx), days));
    },
    resolve: async (query, _root, args, ctx, info) => {
      const prisma = prismaFor(ctx);
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const f = args.filter ?? {};
      const reads = {
        ...withoutLookahead(query, info),
        where: reportsWhere(f, asOf),
        orderBy: [{ publishedOn: 'desc' as const }, { id: 'desc' as const }],
      };
      const viaPrisma = (a: typeof reads) => prisma.report.findMany(a);
      if (!countedByDay(f) || !selectsTotalCount(info)) return findManyJson(prisma, 'Report', reads, viaPrisma);
      // Filtered by days and kind alone, the per-day sums count, in the page's statement.
      const days = daysCounted(f, asOf);
      const { rows, count } = await findManyJsonCounted(prisma, 'Report', reads, countPublishedReportsSql(days), viaPrisma);
      if (count !== null) keepCount(ctx, info, countKey(days), count);
      return rows;
    },
  }),
);

builder.queryField('report', (t) =>
  t.prismaField({
    type: 'Report',
    nullable: true,
    description: 'A report by id, or null if it was not published by asOf.',
    args: { id: t.arg.globalID({ required: true, for: ReportNode }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (query, _root, args, ctx, info) => {
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: { id: args.id.id, ...reportsWhere(null, resolveAsOf(ctx, info, args.asOf)) } };
      return findFirstJson(prisma, 'Report', reads, (a) => prisma.report.findFirst(a));
    },
  }),
);
