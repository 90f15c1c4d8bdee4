// The claims a source carried: those with a visible appearance, in a report known on the day,
// whose attribution chain names the source anywhere (claimFilterWhere's `sourceIds`), newest
// claim first. Read from "cg_source_claim" (migration source_claim_list), one row per source and
// claim, kept by triggers: a page is a range of cg_source_claim_list_idx and the count reads the
// source's rows alone, whatever the number of claims. The caller loads the page's claims by id.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { pageCut, type ClaimPage } from '../claims/page-sql';

export interface SourceClaimsQuery {
  sourceId: string;
  /** Only claims made, in reports published, by this day. */
  asOf?: Date;
}

/** The rows of `sc` (cg_source_claim) that list the source's claims known on asOf. */
const carried = ({ sourceId, asOf }: SourceClaimsQuery) =>
  Prisma.sql`sc."sourceId" = ${sourceId}::uuid AND sc."claimVisible"
    ${asOf ? Prisma.sql`AND sc."knownOn" <= ${asOf}::date AND sc."claimedOn" <= ${asOf}::date` : Prisma.empty}`;

/** Ids of one page of the source's claims, and with `count`, how many there are in all. */
export async function sourceClaimsPage(
  prisma: PrismaClient,
  { sourceId, asOf }: SourceClaimsQuery,
  page: ClaimPage,
  { count = false }: { count?: boolean } = {},
): Promise<{ ids: string[]; totalCount: number | null }> {
  const { direction, fromCursor, limit } = pageCut(page);
  const where = carried({ sourceId, asOf });
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; total: number | null }[]>`
    WITH page AS (
      SELECT sc."claimId", sc."claimedOn" FROM "cg_source_claim" sc
      WHERE ${where} ${fromCursor(Prisma.sql`sc."claimedOn"`, Prisma.sql`sc."claimId"`)}
      ORDER BY sc."claimedOn" ${direction}, sc."claimId" ${direction}
      ${limit}
    )
    SELECT (SELECT array_agg("claimId"::text ORDER BY "claimedOn" DESC, "claimId" DESC) FROM page) AS ids,
      ${count ? Prisma.sql`(SELECT count(*)::int FROM "cg_source_claim" sc WHERE ${where})` : Prisma.sql`NULL::int`} AS total`;
  return { ids: row?.ids ?? [], totalCount: count ? (row?.total ?? 0) : null };
}

/** How many claims sourceClaimsPage pages through. */
export async function countSourceClaims(prisma: PrismaClient, query: SourceClaimsQuery): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "cg_source_claim" sc WHERE ${carried(query)}`;
  return row?.n ?? 0;
}
