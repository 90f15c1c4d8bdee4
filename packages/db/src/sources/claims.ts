// The claims sources carried: those with a visible appearance, in a report known on the day,
// whose attribution chain names one of the sources anywhere (claimFilterWhere's `sourceIds`),
// newest claim first. Read from "cg_source_claim" (migration source_claim_list), one row per
// source and claim, kept by triggers: a page is a range of cg_source_claim_list_idx per source and
// the count reads the sources' rows alone, whatever the number of claims. The caller loads the
// page's claims by id. Source.claims asks for one source; `claims(filter: { sourceIds })` for any.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { pageCut, type ClaimPage } from '../claims/page-sql';

export interface SourceClaimsQuery {
  sourceIds: string[];
  /** Only claims made, in reports published, by this day. */
  asOf?: Date;
  /** Only claims made on or after this day. */
  claimedFrom?: Date;
  /** Only claims made on or before this day. */
  claimedTo?: Date;
}

/** The rows of `sc` (cg_source_claim) of one source that list its claims known on asOf. */
function carried({ asOf, claimedFrom, claimedTo }: SourceClaimsQuery): Prisma.Sql {
  const and = [Prisma.sql`sc."claimVisible"`];
  if (asOf) and.push(Prisma.sql`sc."knownOn" <= ${asOf}::date AND sc."claimedOn" <= ${asOf}::date`);
  if (claimedFrom) and.push(Prisma.sql`sc."claimedOn" >= ${claimedFrom}::date`);
  if (claimedTo) and.push(Prisma.sql`sc."claimedOn" <= ${claimedTo}::date`);
  return Prisma.join(and, ' AND ');
}

/** The count, as a scalar subquery: a claim comes once per source (the primary key), so one source needs no DISTINCT. */
function counted(query: SourceClaimsQuery): Prisma.Sql {
  const ids = [...new Set(query.sourceIds)];
  return ids.length === 1
    ? Prisma.sql`(SELECT count(*)::int FROM "cg_source_claim" sc WHERE sc."sourceId" = ${ids[0]}::uuid AND ${carried(query)})`
    : Prisma.sql`(SELECT count(DISTINCT sc."claimId")::int FROM "cg_source_claim" sc
        WHERE sc."sourceId" = ANY(${ids}::uuid[]) AND ${carried(query)})`;
}

/**
 * Ids of one page of the sources' claims (a claim two of them carried comes once), and with
 * `count`, how many there are in all.
 */
export async function sourceClaimsPage(
  prisma: PrismaClient,
  query: SourceClaimsQuery,
  page: ClaimPage,
  { count = false }: { count?: boolean } = {},
): Promise<{ ids: string[]; totalCount: number | null }> {
  const { direction, fromCursor, limit, reach } = pageCut(page);
  // Each source reads at most as far as the page reaches, in list order from its index range: in
  // a source's list, only claims ranked above a claim come before it.
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; total: number | null }[]>`
    WITH reached AS (
      SELECT DISTINCT r."claimId", r."claimedOn"
      FROM unnest(${[...new Set(query.sourceIds)]}::uuid[]) AS source (id)
      CROSS JOIN LATERAL (
        SELECT sc."claimId", sc."claimedOn" FROM "cg_source_claim" sc
        WHERE sc."sourceId" = source.id AND ${carried(query)} ${fromCursor(Prisma.sql`sc."claimedOn"`, Prisma.sql`sc."claimId"`)}
        ORDER BY sc."claimedOn" ${direction}, sc."claimId" ${direction}
        LIMIT ${reach}::int
      ) r
    ), page AS (
      SELECT "claimId", "claimedOn" FROM reached
      ORDER BY "claimedOn" ${direction}, "claimId" ${direction}
      ${limit}
    )
    SELECT (SELECT array_agg("claimId"::text ORDER BY "claimedOn" DESC, "claimId" DESC) FROM page) AS ids,
      ${count ? counted(query) : Prisma.sql`NULL::int`} AS total`;
  return { ids: row?.ids ?? [], totalCount: count ? (row?.total ?? 0) : null };
}

/** How many claims sourceClaimsPage pages through. */
export async function countSourceClaims(prisma: PrismaClient, query: SourceClaimsQuery): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT ${counted(query)} AS n`;
  return row?.n ?? 0;
}
