import { SourceKind, SourceReliability } from '@claimgraph/db';
import { likeLiteral } from '@claimgraph/db/shared';
import { findFirstJson, findManyJson } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { countOnce, paged, pagedRelation, withoutLookahead } from '../paging';
import { prismaFor } from '../context';
import { claimsOfPage } from './claim-pages';
import { countSourceClaims, sourceClaimsPageSql, type SourceClaimsQuery } from '@claimgraph/db/sources';
import { resolveAsOf } from '../as-of';

export const SourceKindEnum = builder.enumType(SourceKind, { name: 'SourceKind' });
export const SourceReliabilityEnum = builder.enumType(SourceReliability, {
  name: 'SourceReliability',
  description:
    'Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.',
});

export const SourceNode = builder.prismaNode('Source', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs).
  select: { id: true },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  description: 'Who carries information: an outlet, a government body, an official, a document.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: SourceKindEnum }),
    homepage: t.exposeString('homepage', { nullable: true }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
    reliability: t.expose('reliability', { type: SourceReliabilityEnum }),
    reliabilityNote: t.exposeString('reliabilityNote', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    version: t.exposeInt('version'),
    reports: t.relatedConnection('reports', {
      cursor: 'id',
      ...pagedRelation('reports', 20, 100),
      totalCount: true,
      description: 'Reports it published, newest first.',
      query: { where: { hiddenAt: null }, orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }] },
    }),
    claims: t.prismaConnection({
      type: 'Claim',
      cursor: 'id',
      ...paged(20, 100),
      description: 'Claims it carried anywhere in an attribution chain, as known on asOf, newest first.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      // With the page, when the query asks for both, one statement answers (claim-pages.ts).
      totalCount: (source, args, ctx, info) => {
        const query = { sourceIds: [source.id], asOf: resolveAsOf(ctx, info, args.asOf) };
        return countOnce(ctx, info, pageKey(query), () => countSourceClaims(prismaFor(ctx), query));
      },
      resolve: (query, source, args, ctx, info) => {
        const { take, skip, cursor, ...selection } = withoutLookahead(query, info);
        const claimsQuery = { sourceIds: [source.id], asOf: resolveAsOf(ctx, info, args.asOf) };
        // One statement cuts the page, counts it when asked, and loads its claims.
        return claimsOfPage(ctx, info, pageKey(claimsQuery), selection, (count) =>
          sourceClaimsPageSql(claimsQuery, { take, skip, cursorId: cursor?.id }, { count }),
        );
      },
    }),
  }),
});

const pageKey = (query: SourceClaimsQuery) => `source-claims:${JSON.stringify(query)}`;

builder.queryField('source', (t) =>
  t.prismaField({
    type: 'Source',
    nullable: true,
    args: { id: t.arg.globalID({ required: false, for: SourceNode }), slug: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) => {
      if (!args.id && !args.slug) return null;
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: { hiddenAt: null, ...(args.id ? { id: args.id.id } : { slug: args.slug! }) } };
      return findFirstJson(prisma, 'Source', reads, (a) => prisma.source.findFirst(a));
    },
  }),
);

builder.queryField('sources', (t) =>
  t.prismaConnection({
    type: 'Source',
    cursor: 'id',
    ...paged(20, 100),
    args: { kind: t.arg({ type: SourceKindEnum, required: false }), name: t.arg.string({ required: false }) },
    totalCount: (_root, args, ctx) => prismaFor(ctx).source.count({ where: sourcesWhere(args) }),
    resolve: (query, _root, args, ctx) => {
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: sourcesWhere(args), orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] };
      return findManyJson(prisma, 'Source', reads, (a) => prisma.source.findMany(a));
    },
  }),
);

function sourcesWhere(args: { kind?: SourceKind | null; name?: string | null }) {
  return {
    hiddenAt: null,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.name ? { name: { contains: likeLiteral(args.name), mode: 'insensitive' as const } } : {}),
  };
}
