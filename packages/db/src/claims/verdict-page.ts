// A page of claims filtered by the verdict in force on a day, cut in one SQL statement.
//
// Prisma cannot say "the verdict in force on asOf is one of ..." in a `where`. Looking the matching
// ids up first and handing them back as `id IN (...)` sent one bind parameter per claim, and past
// PostgreSQL's 32,767 the statement failed. Here the whole filter, verdict included, is one WHERE
// with the page's order, cursor, skip and take: the caller loads the page's claims (with what the
// GraphQL query selects) by their few ids, so Pothos' prismaConnection still gets its query's rows.
// The plain conditions are claimFilterWhere's, in SQL: the API's reads.test.ts holds both to the
// same answers, claims-overdue.test.ts the verdicts to currentVerdict's.
//
// The verdict in force comes from "cg_verdict_period" (migration verdict_periods): one row per
// claim and day its verdict may change, kept in step with the resolutions by triggers. A filter on
// verdicts other than OPEN, with no condition but the claim dates, reads that table alone, in list
// order from its index; any other filter walks the claims and joins each one's period in force.
//
// Plans (EXPLAIN ANALYZE, 100,000 claims, 50,000 resolutions, CONFIRMED on 2023-06-01, 11,097
// match): the count is an index-only scan of cg_verdict_period_list_idx (5.8 ms; evaluating the
// rule for every claim: 111 ms), the page reads the same index in order and stops after the page.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { Verdict } from '../../generated/prisma/enums';
import type { ClaimFilter } from './queries';
import { pageCut, type ClaimPage } from './page-sql';

/** The period of claim `c` in force on `day`, as `p` (none: OPEN). */
const periodInForce = (day: Date) => Prisma.sql`LEFT JOIN "cg_verdict_period" p ON p."claimId" = c.id AND ${inForce(day)}`;

const inForce = (day: Date) => Prisma.sql`p."validFrom" <= ${day}::date AND (p."validTo" IS NULL OR p."validTo" > ${day}::date)`;

/** `p.verdict` is one of `verdicts` (one value compares with =, so the list index keeps its order). */
const verdictIn = (verdicts: readonly string[]) =>
  verdicts.length === 1 ? Prisma.sql`p.verdict = ${verdicts[0]}::"Verdict"` : Prisma.sql`p.verdict = ANY(${verdicts}::"Verdict"[])`;

/** claimFilterWhere plus the verdict and overdue conditions, on claim `c` joined to its period `p`. */
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
  // A source carried the claim by asOf: its row in cg_source_claim (migration source_claim_list).
  if (filter.sourceIds?.length) {
    and.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "cg_source_claim" sc WHERE sc."claimId" = c.id AND sc."sourceId" = ANY(${filter.sourceIds}::uuid[])
        ${asOf ? Prisma.sql`AND sc."knownOn" <= ${asOf}::date` : Prisma.empty})`);
  }
  if (filter.language) {
    const tag = filter.language.toLowerCase();
    and.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a JOIN "Report" r ON r.id = a."reportId"
      WHERE a."claimId" = c.id AND a."hiddenAt" IS NULL AND ${knownReport}
        AND (lower(r.language) = ${tag} OR starts_with(lower(r.language), ${`${tag}-`})))`);
  }
  const verdict = Prisma.sql`coalesce(p.verdict::text, 'OPEN')`;
  if (filter.verdicts?.length) and.push(Prisma.sql`${verdict} = ANY(${filter.verdicts}::text[])`);
  if (filter.overdue) and.push(Prisma.sql`c."resolvableBy" < ${today}::date AND ${verdict} = 'OPEN'`);
  return Prisma.join(and, ' AND ');
}

/** Conditions that need more than a claim's verdict and date: its actors, sources, reports or deadline. */
const needsClaimRows = ({ overdue, claimantIds, subjectIds, sourceIds, language }: ClaimFilter) =>
  Boolean(overdue || claimantIds?.length || subjectIds?.length || sourceIds?.length || language);

/**
 * The filter as conditions on the periods table alone, when it can be said so: verdicts other than
 * OPEN (a claim with no resolution has no period) and nothing but the claim dates besides.
 */
function periodsAloneSql(filter: ClaimFilter, asOf: Date | undefined): Prisma.Sql | null {
  const { verdicts } = filter;
  if (!verdicts?.length || verdicts.includes('OPEN') || needsClaimRows(filter)) return null;
  const and = [Prisma.sql`p."claimVisible"`, verdictIn(verdicts), inForce(asOf ?? new Date())];
  if (asOf) and.push(Prisma.sql`p."claimedOn" <= ${asOf}::date`);
  if (filter.claimedFrom) and.push(Prisma.sql`p."claimedOn" >= ${filter.claimedFrom}::date`);
  if (filter.claimedTo) and.push(Prisma.sql`p."claimedOn" <= ${filter.claimedTo}::date`);
  return Prisma.join(and, ' AND ');
}

/**
 * Ids of one page of the claims `filter` matches on `asOf` (the verdict as of today when unset),
 * newest claim first (ClaimOrder), paged as Prisma pages: from the cursor's row on (inclusive),
 * `skip` rows skipped, `take` rows; a negative `take` counts backwards from the cursor and the
 * page still comes back newest first.
 */
export async function claimPageIds(prisma: PrismaClient, filter: ClaimFilter, asOf: Date | undefined, page: ClaimPage): Promise<string[]> {
  const { direction, fromCursor, limit, inListOrder } = pageCut(page);
  const periodsAlone = periodsAloneSql(filter, asOf);
  const rows = periodsAlone
    ? await prisma.$queryRaw<{ id: string }[]>`
        SELECT p."claimId"::text AS id
        FROM "cg_verdict_period" p
        WHERE ${periodsAlone} ${fromCursor(Prisma.sql`p."claimedOn"`, Prisma.sql`p."claimId"`)}
        ORDER BY p."claimedOn" ${direction}, p."claimId" ${direction}
        ${limit}`
    : await prisma.$queryRaw<{ id: string }[]>`
        SELECT c.id::text AS id
        FROM "Claim" c
        ${periodInForce(asOf ?? new Date())}
        WHERE ${claimFilterSql(filter, asOf, asOf ?? new Date())} ${fromCursor(Prisma.sql`c."claimedOn"`, Prisma.sql`c.id`)}
        ORDER BY c."claimedOn" ${direction}, c.id ${direction}
        ${limit}`;
  return inListOrder(rows.map((row) => row.id));
}

/**
 * The count from the per-day sums of migration verdict_day_counts, when the filter is verdicts
 * alone (or nothing): at most one row per day and verdict is read, whatever the number of claims.
 * Null when they cannot say: another condition, or no day given while some claim is dated after
 * today (the sums count a claim from its date; a list without a day lists it already).
 */
async function countFromDays(prisma: PrismaClient, filter: ClaimFilter, asOf: Date | undefined): Promise<number | null> {
  if (needsClaimRows(filter) || filter.claimedFrom || filter.claimedTo) return null;
  const day = asOf ?? new Date();
  const wanted = filter.verdicts?.length ? filter.verdicts : Object.values(Verdict);
  // OPEN: the known claims less those holding any other verdict (a claim with no resolution in
  // force has no period; one whose resolution in force says OPEN has an OPEN period).
  const [row] = await prisma.$queryRaw<{ n: number | null }[]>`
    WITH known AS (SELECT coalesce(sum(change), 0) AS n FROM "cg_claim_day" WHERE day <= ${day}::date),
    held AS (SELECT verdict::text AS verdict, sum(change) AS n FROM "cg_verdict_day" WHERE day <= ${day}::date GROUP BY verdict)
    SELECT CASE
      WHEN ${asOf === undefined} AND EXISTS (SELECT 1 FROM "cg_claim_day" WHERE day > ${day}::date AND change <> 0) THEN NULL
      ELSE (SELECT coalesce(sum(n), 0) FROM held WHERE verdict <> 'OPEN' AND verdict = ANY(${wanted}::text[]))
        + CASE WHEN 'OPEN' = ANY(${wanted}::text[])
            THEN (SELECT n FROM known) - (SELECT coalesce(sum(n), 0) FROM held WHERE verdict <> 'OPEN') ELSE 0 END
    END::int AS n`;
  return row?.n ?? null;
}

/** How many claims `filter` matches on `asOf`: claimPageIds without the paging. */
export async function countClaims(prisma: PrismaClient, filter: ClaimFilter, asOf?: Date): Promise<number> {
  const fromDays = await countFromDays(prisma, filter, asOf);
  if (fromDays !== null) return fromDays;
  const periodsAlone = periodsAloneSql(filter, asOf);
  const [row] = periodsAlone
    ? await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "cg_verdict_period" p WHERE ${periodsAlone}`
    : await prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n
        FROM "Claim" c
        ${periodInForce(asOf ?? new Date())}
        WHERE ${claimFilterSql(filter, asOf, asOf ?? new Date())}`;
  return row?.n ?? 0;
}
