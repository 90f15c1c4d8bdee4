// Actors' claims, newest claim first, paged in SQL from cg_claim_actor_list_idx (migration
// claim_actor_list_order): "ClaimActor" rows carry their claim's date and visibility, so a page is
// a range of one index per actor and role whatever the number of claims. The caller loads the
// page's claims by id with what its query selects. Actor.claims asks for one actor;
// `claims(filter: { claimantIds })` (or subjectIds) for any, in one role.
//
// One statement finds the actors' family (themselves and the actors merged into them, as
// actorIdsMergedInto), cuts the page and, when asked, counts. Each member of the family and each
// role is read in list order from the index, no further than the page reaches; the few rows that
// gives are then merged. (Read as one range over several actors and roles, the index would give
// every row of theirs, to be sorted.)
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { ClaimActorRole } from '../../generated/prisma/enums';
import { isUuid } from '../shared/inputs';
import { pageCut, type ClaimPage } from '../claims/page-sql';
import { family, familyWhere } from './queries';

export interface ActorClaimsQuery {
  /** The actors; the claims of actors merged into one are its own. */
  actorIds: string[];
  /** Only claims they made (CLAIMANT) or are the subject of (SUBJECT); both when unset. */
  role?: ClaimActorRole;
  /** Only claims made by this day. */
  asOf?: Date;
  /** Only claims made on or after this day. */
  claimedFrom?: Date;
  /** Only claims made on or before this day. */
  claimedTo?: Date;
}

/** What the page is cut by besides its actors. */
type PageFilters = Omit<ActorClaimsQuery, 'actorIds'>;

/** An actor named by its id or by its slug. */
export type ActorKey = { id: string } | { slug: string };

/** Every role, from the schema's enum: a claim of any role counts when none is asked for. */
const ROLES = Object.values(ClaimActorRole);

/** The query's actor ids that can name an actor (any other names none), once each. */
const seeds = ({ actorIds }: ActorClaimsQuery) => [...new Set(actorIds.filter(isUuid))];

function conditions({ asOf, claimedFrom, claimedTo }: PageFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (asOf) and.push(Prisma.sql`AND ca."cg_claimedOn" <= ${asOf}::date`);
  if (claimedFrom) and.push(Prisma.sql`AND ca."cg_claimedOn" >= ${claimedFrom}::date`);
  if (claimedTo) and.push(Prisma.sql`AND ca."cg_claimedOn" <= ${claimedTo}::date`);
  return and.length ? Prisma.join(and, ' ') : Prisma.empty;
}

/**
 * The roles asked for, written into the SQL text (they are the enum's own values): as parameters
 * they would be planned for at every run, as the page's limits would (pageCut's literalLimit).
 */
function rolesSql(query: PageFilters): Prisma.Sql {
  const roles = query.role ? [query.role] : [...ROLES];
  if (!roles.every((role) => ROLES.includes(role))) throw new Error(`unknown role in ${roles.join(', ')}`);
  return Prisma.raw(`'{${roles.join(',')}}'::"ClaimActorRole"[]`);
}

function counted(query: PageFilters): Prisma.Sql {
  const from = Prisma.sql`FROM family f JOIN "ClaimActor" ca ON ca."actorId" = f.id
      WHERE ca."cg_claimVisible" AND ca.role = ANY(${rolesSql(query)}) ${conditions(query)}`;
  const distinct = Prisma.sql`(SELECT count(DISTINCT ca."claimId")::int ${from})`;
  // A claim comes once per actor and role (the primary key): one role of an actor nobody was
  // merged into is counted without sorting (the branch not taken is not run).
  return query.role
    ? Prisma.sql`CASE WHEN (SELECT count(*) FROM family) = 1 THEN (SELECT count(*)::int ${from}) ELSE ${distinct} END`
    : distinct;
}

/**
 * The statement cutting one page of the actors' claims (a claim they have two roles in, or two of
 * them or their merged actors have, comes once), answering one row: `ids` (text[], newest first; null for none) and
 * `total` (null unless `count`), for a statement that loads the page's claims with it.
 */
export function actorClaimsPageSql(query: ActorClaimsQuery, page: ClaimPage, { count = false }: { count?: boolean } = {}): Prisma.Sql {
  const actorIds = seeds(query);
  if (!actorIds.length) return Prisma.sql`SELECT NULL::text[] AS ids, ${count ? Prisma.sql`0` : Prisma.sql`NULL::int`} AS total`;
  return pageSql(family(actorIds), query, page, count);
}

/**
 * actorClaimsPageSql for the one actor `key` names, found in the statement itself (as the API's
 * `actor(slug)` finds it: not hidden), so that the statement reading the actor can cut its page
 * too. An actor merged into another gives an empty page: its claims are its survivor's, which the
 * caller finds through resolveActorId, as it finds the actor.
 */
export function actorByKeyClaimsPageSql(key: ActorKey, query: PageFilters, page: ClaimPage, { count = false }: { count?: boolean } = {}) {
  if ('id' in key && !isUuid(key.id)) return actorClaimsPageSql({ ...query, actorIds: [] }, page, { count });
  const named = 'id' in key ? Prisma.sql`id = ${key.id}::uuid` : Prisma.sql`slug = ${key.slug}`;
  return pageSql(familyWhere(Prisma.sql`${named} AND "hiddenAt" IS NULL AND "mergedIntoId" IS NULL`), query, page, count);
}

function pageSql(familyCte: Prisma.Sql, query: PageFilters, page: ClaimPage, count: boolean): Prisma.Sql {
  const { direction, fromCursor, literalLimit, reach } = pageCut(page);
  // Each member and role reads at most as far as the page reaches: whatever a claim's rank among
  // all, in the list of a member and role that has it only claims ranked above it come first.
  return Prisma.sql`
    WITH RECURSIVE ${familyCte},
    reached AS (
      SELECT DISTINCT r."claimId", r."cg_claimedOn"
      FROM family f CROSS JOIN unnest(${rolesSql(query)}) AS role (name)
      CROSS JOIN LATERAL (
        SELECT ca."claimId", ca."cg_claimedOn" FROM "ClaimActor" ca
        WHERE ca."actorId" = f.id AND ca.role = role.name AND ca."cg_claimVisible" ${conditions(query)} ${fromCursor(Prisma.sql`ca."cg_claimedOn"`, Prisma.sql`ca."claimId"`)}
        ORDER BY ca."cg_claimedOn" ${direction}, ca."claimId" ${direction}
        LIMIT ${Prisma.raw(String(reach))}
      ) r
    ),
    page AS (
      SELECT "claimId", "cg_claimedOn" FROM reached
      ORDER BY "cg_claimedOn" ${direction}, "claimId" ${direction}
      ${literalLimit}
    )
    SELECT (SELECT array_agg("claimId"::text ORDER BY "cg_claimedOn" DESC, "claimId" DESC) FROM page) AS ids,
      ${count ? counted(query) : Prisma.sql`NULL::int`} AS total`;
}

/** How many claims actorClaimsPageSql pages through. */
export async function countActorClaims(prisma: PrismaClient, query: ActorClaimsQuery): Promise<number> {
  const actorIds = seeds(query);
  if (!actorIds.length) return 0;
  const [row] = await prisma.$queryRaw<{ n: number }[]>`WITH RECURSIVE ${family(actorIds)} SELECT ${counted(query)} AS n`;
  return row?.n ?? 0;
}
