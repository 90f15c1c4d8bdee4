// Pages of claims read from a list table kept by triggers, one row per key and claim with the
// claim's date and visibility and the day the claim became known under that key:
// cg_source_claim (key: the source, migration source_claim_list) and cg_claim_language (key: a
// report language, migration claim_language_list). Each has a list index (key, claimedOn DESC,
// claimId DESC, knownOn) WHERE claimVisible, so one key's page is a range of it.
//
// One statement cuts the page and, when asked, counts. Each key is read in list order, no further
// than the page reaches (in one key's list, only claims ranked above a claim come before it); the
// few rows that gives are merged, a claim listed under two keys coming once. (Read as one range
// over several keys, the index would give every row of theirs, to be sorted.)
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { pageCut, type ClaimPage } from './page-sql';

export interface KeyedList {
  table: 'cg_source_claim' | 'cg_claim_language';
  column: 'sourceId' | 'language';
  /** A query giving the keys asked for, one column, each key once. */
  keys: Prisma.Sql;
}

export interface ListDays {
  /** Only claims made, and known under the key, by this day. */
  asOf?: Date;
  /** Only claims made on or after this day. */
  claimedFrom?: Date;
  /** Only claims made on or before this day. */
  claimedTo?: Date;
}

/** The conditions on a row `t` of the list beyond its key. */
function listed({ asOf, claimedFrom, claimedTo }: ListDays): Prisma.Sql {
  const and = [Prisma.sql`t."claimVisible"`];
  if (asOf) and.push(Prisma.sql`t."knownOn" <= ${asOf}::date AND t."claimedOn" <= ${asOf}::date`);
  if (claimedFrom) and.push(Prisma.sql`t."claimedOn" >= ${claimedFrom}::date`);
  if (claimedTo) and.push(Prisma.sql`t."claimedOn" <= ${claimedTo}::date`);
  return Prisma.join(and, ' AND ');
}

/** The count over the `keys` CTE: a claim comes once per key (the primary key), so one key needs no DISTINCT. */
function counted(list: KeyedList, days: ListDays): Prisma.Sql {
  const from = Prisma.sql`FROM keys k JOIN ${Prisma.raw(`"${list.table}"`)} t ON t.${Prisma.raw(`"${list.column}"`)} = k.key
    WHERE ${listed(days)}`;
  return Prisma.sql`CASE WHEN (SELECT count(*) FROM keys) = 1 THEN (SELECT count(*)::int ${from})
    ELSE (SELECT count(DISTINCT t."claimId")::int ${from}) END`;
}

/**
 * The statement cutting one page of the claims listed under any of the keys, answering one row: `ids` (text[], newest first; null for none) and
 * `total` (null unless `count`), for a statement that loads the page's claims with it. The page's
 * limits are written into its text (pageCut's literalLimit), so it is planned once per connection.
 */
export function keyedListPageSql(
  list: KeyedList,
  days: ListDays,
  page: ClaimPage,
  { count = false }: { count?: boolean } = {},
): Prisma.Sql {
  const { direction, fromCursor, literalLimit, reach } = pageCut(page);
  const table = Prisma.raw(`"${list.table}"`);
  const column = Prisma.raw(`"${list.column}"`);
  return Prisma.sql`
    WITH keys (key) AS (${list.keys}),
    reached AS (
      SELECT DISTINCT r."claimId", r."claimedOn"
      FROM keys k CROSS JOIN LATERAL (
        SELECT t."claimId", t."claimedOn" FROM ${table} t
        WHERE t.${column} = k.key AND ${listed(days)} ${fromCursor(Prisma.sql`t."claimedOn"`, Prisma.sql`t."claimId"`)}
        ORDER BY t."claimedOn" ${direction}, t."claimId" ${direction}
        LIMIT ${Prisma.raw(String(reach))}
      ) r
    ), page AS (
      SELECT "claimId", "claimedOn" FROM reached
      ORDER BY "claimedOn" ${direction}, "claimId" ${direction}
      ${literalLimit}
    )
    SELECT (SELECT array_agg("claimId"::text ORDER BY "claimedOn" DESC, "claimId" DESC) FROM page) AS ids,
      ${count ? counted(list, days) : Prisma.sql`NULL::int`} AS total`;
}

/** How many claims keyedListPageSql pages through. */
export async function countKeyedList(prisma: PrismaClient, list: KeyedList, days: ListDays): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`WITH keys (key) AS (${list.keys}) SELECT ${counted(list, days)} AS n`;
  return row?.n ?? 0;
}
