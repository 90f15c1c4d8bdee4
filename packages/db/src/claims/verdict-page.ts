// A page of claims filtered by the verdict in force on a day, cut in one SQL statement.
//
// Prisma cannot say "the verdict in force on asOf is one of ..." in a `where` (it is the latest
// uncorrected resolution by then: a lateral join, see currentResolutionJoin). Looking the matching
// ids up first and handing them back as `id IN (...)` sent one bind parameter per claim, and past
// PostgreSQL's 32,767 the statement failed. Here the whole filter, verdict included, is one WHERE
// over "Claim" with the page's order, cursor, skip and take: the caller loads the page's claims
// (with what the GraphQL query selects) by their few ids, so Pothos' prismaConnection still gets
// its query's rows. The plain conditions are claimFilterWhere's, in SQL: the API's reads.test.ts
// holds both to the same answers, claims-overdue.test.ts the verdicts to currentVerdict's.
//
// Plans (EXPLAIN ANALYZE, 100,000 claims, 45,000 resolutions, OPEN on 2020-01-01): the page walks
// Claim_claimedOn_idx backwards under an Incremental Sort and stops after the page, looking each
// claim's resolutions up in Resolution_claimId_effectiveOn_idx (0.6 ms); the count hashes the
// resolutions in force once against the claims (111 ms; the lateral look-up per claim: 350 ms).
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { currentResolutionJoin, currentResolutionsJoin } from './current-resolution';
import type { ClaimFilter } from './queries';

/** Prisma's paging arguments as Pothos' prismaConnection hands them over (`take` < 0: backwards from the cursor). */
export interface ClaimPage {
  take?: number;
  skip?: number;
  /** The id of the row the page starts from (Prisma's `cursor: { id }`). */
  cursorId?: string;
}

/** claimFilterWhere plus the verdict and overdue conditions, on claim `c` joined to `current`. */
function claimFilterSql(filter: ClaimFilter, asOf: Date | undefined, today: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`c."hiddenAt" IS NULL`];
  if (asOf) and.push(Prisma.sql`c."claimedOn" <= ${asOf}::date`);
  if (filter.claimedFrom) and.push(Prisma.sql`c."claimedOn" >= ${filter.claimedFrom}::date`);
  if (filter.claimedTo) and.push(Prisma.sql`c."claimedOn" <= ${filter.claimedTo}::date`);
  const byActor = (role: 'CLAIMANT' | 'SUBJECT', ids: string[]) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "ClaimActor" ca WHERE ca."claimId" = c.id AND ca.role = ${role}::"ClaimActorRole" AND ca."actorId" = ANY(${ids}::uuid[]))`;
  if (filter.claimantIds?.length) and.push(byActor('CLAIMANT', filter.claimantIds));
  if (filter.subjectIds?.length) and.push(byActor('SUBJECT', filter.subjectIds));
  // knownReportWhere: the report is visible and published by asOf.
  const knownReport = Prisma.sql`r."hiddenAt" IS NULL ${asOf ? Prisma.sql`AND r."publishedOn" <= ${asOf}::date` : Prisma.empty}`;
  if (filter.sourceIds?.length) {
    and.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a JOIN "Report" r ON r.id = a."reportId"
      WHERE a."claimId" = c.id AND a."hiddenAt" IS NULL AND ${knownReport}
        AND EXISTS (SELECT 1 FROM "AttributionLink" l WHERE l."appearanceId" = a.id AND l."sourceId" = ANY(${filter.sourceIds}::uuid[])))`);
  }
  if (filter.language) {
    const tag = filter.language.toLowerCase();
    and.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a JOIN "Report" r ON r.id = a."reportId"
      WHERE a."claimId" = c.id AND a."hiddenAt" IS NULL AND ${knownReport}
        AND (lower(r.language) = ${tag} OR starts_with(lower(r.language), ${`${tag}-`})))`);
  }
  const verdict = Prisma.sql`coalesce(current.verdict, 'OPEN')`;
  if (filter.verdicts?.length) and.push(Prisma.sql`${verdict} = ANY(${filter.verdicts}::text[])`);
  if (filter.overdue) and.push(Prisma.sql`c."resolvableBy" < ${today}::date AND ${verdict} = 'OPEN'`);
  return Prisma.join(and, ' AND ');
}

/**
 * Ids of one page of the claims `filter` matches on `asOf` (the verdict as of today when unset),
 * newest claim first (ClaimOrder), paged as Prisma pages: from the cursor's row on (inclusive),
 * `skip` rows skipped, `take` rows; a negative `take` counts backwards from the cursor and the
 * page still comes back newest first.
 */
export async function claimPageIds(prisma: PrismaClient, filter: ClaimFilter, asOf: Date | undefined, page: ClaimPage): Promise<string[]> {
  const take = page.take ?? 1_000;
  const forward = take >= 0;
  const atCursor = page.cursorId
    ? Prisma.sql`AND (c."claimedOn", c.id) ${Prisma.raw(forward ? '<=' : '>=')}
        (SELECT k."claimedOn", k.id FROM "Claim" k WHERE k.id = ${page.cursorId}::uuid)`
    : Prisma.empty;
  const direction = Prisma.raw(forward ? 'DESC' : 'ASC');
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id
    FROM "Claim" c
    ${currentResolutionJoin(asOf ?? new Date())}
    WHERE ${claimFilterSql(filter, asOf, asOf ?? new Date())} ${atCursor}
    ORDER BY c."claimedOn" ${direction}, c.id ${direction}
    LIMIT ${Math.abs(take)}::int OFFSET ${page.skip ?? 0}::int`;
  const ids = rows.map((row) => row.id);
  return forward ? ids : ids.reverse();
}

/** How many claims `filter` matches on `asOf`: claimPageIds without the paging. */
export async function countClaims(prisma: PrismaClient, filter: ClaimFilter, asOf?: Date): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n
    FROM "Claim" c
    ${currentResolutionsJoin(asOf ?? new Date())}
    WHERE ${claimFilterSql(filter, asOf, asOf ?? new Date())}`;
  return row?.n ?? 0;
}
