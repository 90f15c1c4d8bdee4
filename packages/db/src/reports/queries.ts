// Reads of reports that Prisma's client does not express well.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

export interface PublishedReportsQuery {
  /** Published on or after this day. */
  from?: Date;
  /** Published on or before this day (the list's asOf, or an earlier publishedTo). */
  to?: Date;
  /** Only editors' summaries (true) or only the others (false); both when unset. */
  isSummary?: boolean;
}

/**
 * How many visible reports were published between `from` and `to` (each open when unset), from
 * the per-day sums of migration report_day_counts_by_kind: at most one row per day and kind is
 * read, whatever the number of reports. With neither day, from the totals of migration
 * report_totals: one row per kind.
 */
export async function countPublishedReports(prisma: PrismaClient, query: PublishedReportsQuery = {}): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>(countPublishedReportsSql(query));
  return row?.n ?? 0;
}

/** countPublishedReports' statement, answering one row with the count as `n` (for a statement that reads the page with it). */
export function countPublishedReportsSql({ from, to, isSummary }: PublishedReportsQuery = {}): Prisma.Sql {
  if (!from && !to) {
    return Prisma.sql`
    SELECT coalesce(sum(n), 0)::int AS n FROM "cg_report_total"
    WHERE (${isSummary ?? null}::boolean IS NULL OR "isSummary" = ${isSummary ?? null}::boolean)`;
  }
  return Prisma.sql`
    SELECT coalesce(sum(change), 0)::int AS n FROM "cg_report_day"
    WHERE (${from ?? null}::date IS NULL OR day >= ${from ?? null}::date)
      AND (${to ?? null}::date IS NULL OR day <= ${to ?? null}::date)
      AND (${isSummary ?? null}::boolean IS NULL OR "isSummary" = ${isSummary ?? null}::boolean)`;
}
