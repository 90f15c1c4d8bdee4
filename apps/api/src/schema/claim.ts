import { ClaimKind, InformationCredibility, Verdict, type Prisma, type PrismaClient } from '@claimgraph/db';
import { actorClaimsPageSql, actorIdsMergedInto, countActorClaims, type ActorClaimsQuery } from '@claimgraph/db/actors';
import { knownAppearances } from '@claimgraph/db/appearances';
import {
  claimFilterWhere,
  claimPageIds,
  ClaimOrder,
  countClaims,
  countLanguageClaims,
  isOverdue,
  languageClaimsPageSql,
  recentlyResolvedClaimIds,
  type ClaimFilter,
  type ClaimPage,
} from '@claimgraph/db/claims';
import { currentResolution, currentVerdict, resolutionsEffectiveBy, resolutionsInForce } from '@claimgraph/db/resolutions';
import { countSourceClaims, sourceClaimsPageSql } from '@claimgraph/db/sources';
import { findFirstJson, findManyJson } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { countOnce, paged, withoutLookahead } from '../paging';
import { memoize, prismaFor, type Context } from '../context';
import { resolveAsOf } from '../as-of';
import { PartialDateRef } from './scalars';
import { claimsInOrder, claimsOfPage } from './claim-pages';
import { ActorNode } from './actor';
import { SourceNode } from './source';
import { AppearanceNode } from './appearance';
import { ResolutionNode } from './resolution';

export const ClaimKindEnum = builder.enumType(ClaimKind, { name: 'ClaimKind' });
export const VerdictEnum = builder.enumType(Verdict, {
  name: 'Verdict',
  description: 'OPEN and UNVERIFIABLE say nothing about whether a claim was right and never count as either.',
});
export const CredibilityEnum = builder.enumType(InformationCredibility, {
  name: 'InformationCredibility',
  description: 'Admiralty information credibility: 1 CONFIRMED ... 6 CANNOT_BE_JUDGED. Source reliability is kept apart, on the Source.',
});

const resolutionLog = { select: { id: true, verdict: true, effectiveOn: true, recordedAt: true, correctsId: true } } as const;
export const asOfArgOptions = {
  type: 'Date',
  required: false,
  description: "Answer with what was known on this day (defaults to the enclosing field's asOf, else today).",
} as const;

export const ClaimNode = builder.prismaNode('Claim', {
  id: { field: 'id' },
  // Only the columns a query asks for are read (each field names what it needs), and statement,
  // which nearly every query asks for, with every row (builder.ts says why).
  select: { id: true, statement: true },
  nullable: true,
  findUnique: (id) => ({ id, hiddenAt: null }),
  description: 'One checkable proposition, stated in English, with where it appeared and how it was settled.',
  fields: (t) => ({
    statement: t.string({ resolve: (c) => c.statement }),
    kind: t.expose('kind', { type: ClaimKindEnum }),
    claimed: t.field({
      type: PartialDateRef,
      select: { claimedOn: true, claimedPrecision: true },
      resolve: (c) => ({ start: c.claimedOn, precision: c.claimedPrecision }),
    }),
    credibility: t.expose('credibility', { type: CredibilityEnum }),
    resolutionCriteria: t.exposeString('resolutionCriteria', { nullable: true }),
    resolvableBy: t.expose('resolvableBy', { type: 'Date', nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with an update; a stale version is refused.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    claimants: t.field({
      type: [ActorNode],
      description: 'Who made the claim.',
      select: (_args, _ctx, nested) => ({ actors: { orderBy: { position: 'asc' }, select: { role: true, actor: nested(true) } } }),
      resolve: (c) => c.actors.filter((a) => a.role === 'CLAIMANT').map((a) => a.actor),
    }),
    subjects: t.field({
      type: [ActorNode],
      description: 'Whom the claim is about.',
      select: (_args, _ctx, nested) => ({ actors: { orderBy: { position: 'asc' }, select: { role: true, actor: nested(true) } } }),
      resolve: (c) => c.actors.filter((a) => a.role === 'SUBJECT').map((a) => a.actor),
    }),
    appearances: t.field({
      type: [AppearanceNode],
      args: { asOf: t.arg(asOfArgOptions) },
      description: 'Where the claim appears, in reports published by asOf, earliest first.',
      select: (_args, _ctx, nested) => ({
        appearances: nested({
          where: { hiddenAt: null, report: { hiddenAt: null } },
          include: { report: { select: { publishedOn: true } } },
        }),
      }),
      resolve: (c, args, ctx, info) => knownAppearances(c.appearances, resolveAsOf(ctx, info, args.asOf)),
    }),
    verdict: t.field({
      type: VerdictEnum,
      args: { asOf: t.arg(asOfArgOptions) },
      description: 'The verdict in force on asOf: the latest uncorrected resolution by effective date; OPEN when there is none.',
      select: { resolutions: resolutionLog },
      resolve: (c, args, ctx, info) => currentVerdict(c.resolutions, resolveAsOf(ctx, info, args.asOf)),
    }),
    currentResolution: t.field({
      type: ResolutionNode,
      nullable: true,
      args: { asOf: t.arg(asOfArgOptions) },
      select: (_args, _ctx, nested) => ({ resolutions: nested({ select: resolutionLog.select }) }),
      // The nested selection loads whatever the client asks of each resolution besides the log fields.
      resolve: (c, args, ctx, info) => currentResolution(c.resolutions, resolveAsOf(ctx, info, args.asOf)) as never,
    }),
    resolutions: t.field({
      type: [ResolutionNode],
      args: { asOf: t.arg(asOfArgOptions), includeCorrected: t.arg.boolean({ required: false, defaultValue: false }) },
      description: 'The verdict log effective by asOf, oldest first. Corrected entries only with includeCorrected.',
      select: (_args, _ctx, nested) => ({ resolutions: nested({ select: resolutionLog.select }) }),
      resolve: (c, args, ctx, info) => {
        const asOf = resolveAsOf(ctx, info, args.asOf);
        return (args.includeCorrected ? resolutionsEffectiveBy(c.resolutions, asOf) : resolutionsInForce(c.resolutions, asOf)) as never;
      },
    }),
    overdue: t.boolean({
      args: { asOf: t.arg(asOfArgOptions) },
      description: 'Past its resolvable-by date and still OPEN on asOf.',
      select: { resolvableBy: true, resolutions: resolutionLog },
      resolve: (c, args, ctx, info) => {
        const asOf = resolveAsOf(ctx, info, args.asOf) ?? new Date();
        return isOverdue(c, currentVerdict(c.resolutions, asOf), asOf);
      },
    }),
  }),
});

interface ClaimFilterArgs {
  verdicts?: Verdict[] | null;
  claimantIds?: { id: string }[] | null;
  subjectIds?: { id: string }[] | null;
  sourceIds?: { id: string }[] | null;
  language?: string | null;
  claimedFrom?: string | null;
  claimedTo?: string | null;
  overdue?: boolean | null;
}

const ClaimFilterInput = builder.inputType('ClaimFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    verdicts: t.field({ type: [VerdictEnum], required: false, description: 'Verdict in force on asOf.' }),
    claimantIds: t.globalIDList({
      required: false,
      for: ActorNode,
      description: 'Made by any of these actors (or actors merged into them).',
    }),
    subjectIds: t.globalIDList({ required: false, for: ActorNode, description: 'About any of these actors (or actors merged into them).' }),
    sourceIds: t.globalIDList({
      required: false,
      for: SourceNode,
      description: 'Carried by any of these sources anywhere in an attribution chain.',
    }),
    language: t.string({ required: false, description: 'Appears in a report in this language (BCP 47; "de" includes "de-AT").' }),
    claimedFrom: t.field({ type: 'Date', required: false }),
    claimedTo: t.field({ type: 'Date', required: false }),
    overdue: t.boolean({ required: false, description: 'Past its resolvable-by date and still OPEN on asOf.' }),
  }),
});

/**
 * The GraphQL claims filter on a day: global ids and merged actors resolved (memoised per request,
 * so a page and its totalCount share the look-ups).
 */
async function resolveClaimFilter(ctx: Context, filter: ClaimFilterArgs | null | undefined): Promise<ClaimFilter> {
  const prisma = prismaFor(ctx);
  const f = filter ?? {};
  const expand = async (ids?: { id: string }[] | null) =>
    ids?.length
      ? (await Promise.all(ids.map((g) => memoize(ctx, `merged-into:${g.id}`, () => actorIdsMergedInto(prisma, g.id))))).flat()
      : undefined;
  return {
    verdicts: f.verdicts?.length ? f.verdicts : undefined,
    overdue: f.overdue ?? false,
    claimantIds: await expand(f.claimantIds),
    subjectIds: await expand(f.subjectIds),
    sourceIds: f.sourceIds?.map((g) => g.id),
    language: f.language ?? undefined,
    claimedFrom: f.claimedFrom ? new Date(`${f.claimedFrom}T00:00:00Z`) : undefined,
    claimedTo: f.claimedTo ? new Date(`${f.claimedTo}T00:00:00Z`) : undefined,
  };
}

/** The verdict in force and overdue-ness are not expressible in a Prisma where: such filters page in SQL (claimPageIds). */
const needsVerdictSql = (filter: ClaimFilter) => Boolean(filter.verdicts?.length || filter.overdue);

/** A filter one of the per-key lists answers: its page's statement (with the count when asked) and its count. */
interface ListedFilter {
  key: string;
  page: (page: ClaimPage, options: { count: boolean }) => Prisma.Sql;
  count: (prisma: PrismaClient) => Promise<number>;
}

/**
 * Sources alone, claimants alone, subjects alone or a language alone (claim dates aside) are
 * answered from the list kept for that key, as Source.claims and Actor.claims are:
 * cg_source_claim, ClaimActor's list index, cg_claim_language. Prisma's where tests every claim
 * for them; at 1,000,000 claims a first page with its count took 280 ms (one source),
 * 300-470 ms (one actor) and 1.0-1.2 s (German).
 */
function listedFilter(filter: ClaimFilter, asOf: Date | undefined): ListedFilter | null {
  const { sourceIds, claimantIds, subjectIds, language, claimedFrom, claimedTo } = filter;
  if (needsVerdictSql(filter)) return null;
  const keys = [sourceIds?.length, claimantIds?.length, subjectIds?.length, language].filter(Boolean).length;
  if (keys !== 1) return null;
  const days = { asOf, claimedFrom, claimedTo };
  const listed = <Q>(
    name: string,
    query: Q,
    page: (q: Q, pg: ClaimPage, o: { count: boolean }) => Prisma.Sql,
    count: (p: PrismaClient, q: Q) => Promise<number>,
  ): ListedFilter => ({
    key: `${name}:${JSON.stringify(query)}`,
    page: (pg, options) => page(query, pg, options),
    count: (prisma) => count(prisma, query),
  });
  if (sourceIds?.length) return listed('sources-claims', { sourceIds, ...days }, sourceClaimsPageSql, countSourceClaims);
  if (language) return listed('language-claims', { language, ...days }, languageClaimsPageSql, countLanguageClaims);
  const actors: ActorClaimsQuery = claimantIds?.length
    ? { actorIds: claimantIds, role: 'CLAIMANT', ...days }
    : { actorIds: subjectIds!, role: 'SUBJECT', ...days };
  return listed('actors-claims', actors, actorClaimsPageSql, countActorClaims);
}

/** No condition at all: countClaims reads the per-day counts instead of every claim. */
const unfiltered = (filter: ClaimFilter) =>
  !filter.claimantIds?.length &&
  !filter.subjectIds?.length &&
  !filter.sourceIds?.length &&
  !filter.language &&
  !filter.claimedFrom &&
  !filter.claimedTo;

builder.queryField('claims', (t) =>
  t.prismaConnection({
    type: 'Claim',
    cursor: 'id',
    ...paged(20, 100),
    description: 'Claims known on asOf (claimed by then), newest claim first.',
    args: { filter: t.arg({ type: ClaimFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    totalCount: async (_root, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const filter = await resolveClaimFilter(ctx, args.filter);
      const listed = listedFilter(filter, asOf);
      if (listed) return countOnce(ctx, info, listed.key, () => listed.count(prismaFor(ctx)));
      return needsVerdictSql(filter) || unfiltered(filter)
        ? countClaims(prismaFor(ctx), filter, asOf)
        : prismaFor(ctx).claim.count({ where: claimFilterWhere(filter, asOf) });
    },
    resolve: async (query, _root, args, ctx, info) => {
      const prisma = prismaFor(ctx);
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const filter = await resolveClaimFilter(ctx, args.filter);
      const page = withoutLookahead(query, info);
      const { take, skip, cursor, ...selection } = page;
      const listed = listedFilter(filter, asOf);
      if (listed) {
        // One statement cuts the page, counts it when asked, and loads its claims.
        return claimsOfPage(ctx, info, listed.key, selection, (count) => listed.page({ take, skip, cursorId: cursor?.id }, { count }));
      }
      if (!needsVerdictSql(filter)) {
        const reads = { ...page, where: claimFilterWhere(filter, asOf), orderBy: ClaimOrder };
        return findManyJson(prisma, 'Claim', reads, (a) => prisma.claim.findMany(a));
      }
      // The page is cut in SQL, then its few claims are loaded with what the query selects.
      return claimsInOrder(prisma, selection, await claimPageIds(prisma, filter, asOf, { take, skip, cursorId: cursor?.id }));
    },
  }),
);

const RECENTLY_RESOLVED = { defaultSize: 6, maxSize: 20 };

builder.queryField('recentlyResolved', (t) =>
  t.prismaField({
    type: ['Claim'],
    description: 'Claims known on asOf whose verdict in force then is not OPEN, the one whose verdict took effect last first.',
    args: {
      first: t.arg.int({
        required: false,
        description: `At most ${RECENTLY_RESOLVED.maxSize}; ${RECENTLY_RESOLVED.defaultSize} when left out.`,
      }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    // Sized like a connection's page, so the cost limit counts the rows `first` asks for.
    extensions: paged(RECENTLY_RESOLVED.defaultSize, RECENTLY_RESOLVED.maxSize).extensions,
    resolve: async (query, _root, args, ctx, info) => {
      const prisma = prismaFor(ctx);
      const first = Math.max(0, Math.min(args.first ?? RECENTLY_RESOLVED.defaultSize, RECENTLY_RESOLVED.maxSize));
      const ids = await recentlyResolvedClaimIds(prisma, { first, asOf: resolveAsOf(ctx, info, args.asOf) });
      return claimsInOrder(prisma, query, ids);
    },
  }),
);

builder.queryField('claim', (t) =>
  t.prismaField({
    type: 'Claim',
    nullable: true,
    description: 'A claim as known on asOf: null when it had not been claimed by then.',
    args: { id: t.arg.globalID({ required: true, for: ClaimNode }), asOf: t.arg(asOfArgOptions) },
    resolve: (query, _root, args, ctx, info) => {
      const asOf = resolveAsOf(ctx, info, args.asOf);
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: { id: args.id.id, hiddenAt: null, ...(asOf ? { claimedOn: { lte: asOf } } : {}) } };
      return findFirstJson(prisma, 'Claim', reads, (a) => prisma.claim.findFirst(a));
    },
  }),
);
