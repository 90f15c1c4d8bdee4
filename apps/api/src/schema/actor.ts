import { ActorKind } from '@claimgraph/db';
import { findFirstJson, findFirstJsonWithPage, findManyJson } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { countOnce, paged, withoutLookahead } from '../paging';
import { prismaFor } from '../context';
import { claimsOfPage } from './claim-pages';
import { resolveAsOf } from '../as-of';
import {
  actorByKeyClaimsPageSql,
  actorClaimsPageSql,
  countActorClaims,
  resolveActorId,
  type ActorClaimsQuery,
  type ActorKey,
} from '@claimgraph/db/actors';
import { normalizeName } from '@claimgraph/db/shared';
import { actorClaimsQuery, claimsFoldOf, foldedClaims, keepFoldedClaims } from './actor-claims-fold';

export const ActorKindEnum = builder.enumType(ActorKind, { name: 'ActorKind' });
const ClaimActorRoleEnum = builder.enumType('ClaimActorRole', {
  values: ['CLAIMANT', 'SUBJECT'] as const,
  description: 'CLAIMANT: made the claim. SUBJECT: the claim is about it.',
});

export const ActorAliasNode = builder.prismaNode('ActorAlias', {
  id: { field: 'id' },
  nullable: true,
  description: 'A name an actor goes by, in a language, with the actor it was first recorded on.',
  fields: (t) => ({
    name: t.exposeString('name'),
    language: t.exposeString('language', { nullable: true, description: 'BCP 47 tag; null when the name is used across languages.' }),
    originActor: t.relation('originActor'),
  }),
});

export const ActorNode = builder.prismaNode('Actor', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs), and name,
  // which nearly every query asks for, with every row (builder.ts says why).
  select: { id: true, name: true },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  description: 'A state, organisation, person or group that makes claims or is claimed about.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.string({ resolve: (a) => a.name }),
    kind: t.expose('kind', { type: ActorKindEnum }),
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
    wikidataId: t.exposeString('wikidataId', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    version: t.exposeInt('version'),
    mergedInto: t.relation('mergedInto', { nullable: true, description: 'Set while this actor is merged into another.' }),
    aliases: t.field({
      type: [ActorAliasNode],
      description: "Names this actor goes by, including those of actors merged into it (see each alias's originActor).",
      select: (_args, _ctx, nested) => ({
        aliases: nested({ where: { hiddenAt: null }, orderBy: [{ language: 'asc' }, { name: 'asc' }] }),
        mergedActors: {
          where: { hiddenAt: null },
          select: { aliases: nested({ where: { hiddenAt: null }, orderBy: [{ language: 'asc' }, { name: 'asc' }] }) },
        },
      }),
      resolve: (actor) => [...actor.aliases, ...actor.mergedActors.flatMap((merged) => merged.aliases)],
    }),
    claims: t.prismaConnection(
      {
        type: 'Claim',
        cursor: 'id',
        ...paged(20, 100),
        description: 'Claims this actor made or is the subject of (including those of actors merged into it), newest first.',
        args: {
          role: t.arg({ type: ClaimActorRoleEnum, required: false }),
          asOf: t.arg({ type: 'Date', required: false }),
        },
        // With the page, when the query asks for both, one statement answers (claim-pages.ts).
        totalCount: (actor, args, ctx, info) => {
          const query = actorClaimsQuery(actor.id, args.role, resolveAsOf(ctx, info, args.asOf));
          return countOnce(ctx, info, pageKey(query), () => countActorClaims(prismaFor(ctx), query));
        },
        resolve: (query, actor, args, ctx, info) => {
          const { take, skip, cursor, ...selection } = withoutLookahead(query, info);
          const claimsQuery = actorClaimsQuery(actor.id, args.role, resolveAsOf(ctx, info, args.asOf));
          const page = { take, skip, cursorId: cursor?.id };
          // One statement cuts the page, counts it when asked, and loads its claims, unless the
          // `actor` field read them with the actor (actor-claims-fold.ts).
          return claimsOfPage(
            ctx,
            info,
            pageKey(claimsQuery),
            selection,
            (count) => actorClaimsPageSql(claimsQuery, page, { count }),
            (count) => foldedClaims(actor, { query: claimsQuery, page, selection, count }),
          );
        },
      },
      { description: 'Claims of an actor.' },
    ),
  }),
});

const pageKey = (query: ActorClaimsQuery) => `actor-claims:${JSON.stringify(query)}`;

builder.queryField('actor', (t) =>
  t.prismaField({
    type: 'Actor',
    nullable: true,
    description: 'An actor by id or slug. A merged actor resolves to the actor it was merged into.',
    args: { id: t.arg.globalID({ required: false }), slug: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx, info) => {
      const prisma = prismaFor(ctx);
      if (!args.id && !args.slug) return null;
      const key: ActorKey = args.id ? { id: args.id.id } : { slug: args.slug! };
      const where = { hiddenAt: null, ...key };
      // Most actors were never merged: one statement reads them with what the query asks for,
      // and with the page of claims it asks for, if any (actor-claims-fold.ts).
      const withMerge = 'select' in query && query.select ? { ...query, select: { ...query.select, mergedIntoId: true } } : query;
      const reads = { ...withMerge, where };
      const fold = claimsFoldOf(ctx, info);
      type Row = Awaited<ReturnType<typeof prisma.actor.findFirst<typeof reads>>>;
      const read =
        fold &&
        (await findFirstJsonWithPage<typeof reads, typeof fold.selection, NonNullable<Row>, unknown>(
          prisma,
          'Actor',
          reads,
          'Claim',
          fold.selection,
          actorByKeyClaimsPageSql(key, fold.filters, fold.page, { count: fold.count }),
        ));
      const actor = read ? read.row : await findFirstJson(prisma, 'Actor', reads, (a) => prisma.actor.findFirst(a));
      if (read && actor && !actor.mergedIntoId) keepFoldedClaims(actor, fold, read.page.rows, read.page.totalCount);
      if (!actor?.mergedIntoId) return actor;
      const survivorId = await resolveActorId(prisma, actor.id);
      if (!survivorId) return null;
      return findFirstJson(prisma, 'Actor', { ...query, where: { id: survivorId, hiddenAt: null } }, (a) => prisma.actor.findFirst(a));
    },
  }),
);

builder.queryField('actors', (t) =>
  t.prismaConnection({
    type: 'Actor',
    cursor: 'id',
    ...paged(20, 100),
    description: 'Actors by name, alphabetically; `name` matches any alias in any language.',
    args: { name: t.arg.string({ required: false }), kind: t.arg({ type: ActorKindEnum, required: false }) },
    totalCount: (_root, args, ctx) => prismaFor(ctx).actor.count({ where: actorsWhere(args) }),
    resolve: (query, _root, args, ctx) => {
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: actorsWhere(args), orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] };
      return findManyJson(prisma, 'Actor', reads, (a) => prisma.actor.findMany(a));
    },
  }),
);

function actorsWhere(args: { name?: string | null; kind?: ActorKind | null }) {
  return {
    hiddenAt: null,
    mergedIntoId: null,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.name
      ? {
          OR: [
            { aliases: { some: { hiddenAt: null, normalized: { contains: normalizeName(args.name) } } } },
            {
              mergedActors: {
                some: { hiddenAt: null, aliases: { some: { hiddenAt: null, normalized: { contains: normalizeName(args.name) } } } },
              },
            },
          ],
        }
      : {}),
  };
}
