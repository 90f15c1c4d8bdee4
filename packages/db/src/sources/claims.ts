// The claims a source carried: those with a visible appearance, in a report known on the day,
// whose attribution chain names the source anywhere (claimFilterWhere's `sourceIds`), newest
// claim first. Read from the source's chain links (AttributionLink_sourceId_idx) outwards, so the
// work grows with what the source carried, not with all claims: Prisma's filter of the same
// meaning walks every claim to test it (its count: a semi-join over all claims).
// One statement cuts the page and, when asked, counts; the caller loads the page's claims by id.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { pageCut, type ClaimPage } from '../claims/page-sql';

export interface SourceClaimsQuery {
  sourceId: string;
  /** Only claims made, in reports published, by this day. */
  asOf?: Date;
}

/** Ids of one page of the source's claims, and with `count`, how many there are in all. */
export async function sourceClaimsPage(
  prisma: PrismaClient,
  { sourceId, asOf }: SourceClaimsQuery,
  page: ClaimPage,
  { count = false }: { count?: boolean } = {},
): Promise<{ ids: string[]; totalCount: number | null }> {
  const { direction, fromCursor, limit } = pageCut(page);
  const known = asOf ? Prisma.sql`AND r."publishedOn" <= ${asOf}::date AND c."claimedOn" <= ${asOf}::date` : Prisma.empty;
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; total: number | null }[]>`
    WITH carried AS MATERIALIZED (
      SELECT DISTINCT c.id, c."claimedOn"
      FROM "AttributionLink" l
      JOIN "Appearance" a ON a.id = l."appearanceId" AND a."hiddenAt" IS NULL
      JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
      JOIN "Claim" c ON c.id = a."claimId" AND c."hiddenAt" IS NULL
      WHERE l."sourceId" = ${sourceId}::uuid ${known}
    ),
    page AS (
      SELECT c.id, c."claimedOn" FROM carried c
      WHERE true ${fromCursor(Prisma.sql`c."claimedOn"`, Prisma.sql`c.id`)}
      ORDER BY c."claimedOn" ${direction}, c.id ${direction}
      ${limit}
    )
    SELECT (SELECT array_agg(id::text ORDER BY "claimedOn" DESC, id DESC) FROM page) AS ids,
      ${count ? Prisma.sql`(SELECT count(*)::int FROM carried)` : Prisma.sql`NULL::int`} AS total`;
  return { ids: row?.ids ?? [], totalCount: count ? (row?.total ?? 0) : null };
}
