// Reads of reports that Prisma's client does not express well.
import type { PrismaClient } from '../../generated/prisma/client';

/**
 * How many visible reports were published by `asOf` (all of them when unset), from the per-day
 * sums of migration report_day_counts: at most one row per day is read, whatever the number of
 * reports. Null when no day is given and some report is dated after today (the sums count a
 * report from its date; a list without a day lists it already): the caller counts rows instead.
 */
export async function countPublishedReports(prisma: PrismaClient, asOf?: Date): Promise<number | null> {
  const day = asOf ?? new Date();
  const [row] = await prisma.$queryRaw<{ n: number | null }[]>`
    SELECT CASE
      WHEN ${asOf === undefined} AND EXISTS (SELECT 1 FROM "cg_report_day" WHERE day > ${day}::date AND change <> 0) THEN NULL
      ELSE (SELECT coalesce(sum(change), 0) FROM "cg_report_day" WHERE day <= ${day}::date)
    END::int AS n`;
  return row?.n ?? null;
}
