// How a page of claims is cut in hand-written SQL, as Prisma cuts it (and Pothos' prismaConnection
// asks): newest claim first (ClaimOrder), from the cursor's row on (inclusive), `skip` rows
// skipped, `take` rows; a negative `take` counts backwards from the cursor. The pages of the
// verdict filter (verdict-page.ts), an actor's claims and a source's claims are cut with it.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

/** Prisma's paging arguments as Pothos' prismaConnection hands them over (`take` < 0: backwards from the cursor). */
export interface ClaimPage {
  take?: number;
  skip?: number;
  /** The id of the row the page starts from (Prisma's `cursor: { id }`). */
  cursorId?: string;
}

export function pageCut(page: ClaimPage) {
  const take = page.take ?? 1_000;
  const forward = take >= 0;
  const skip = page.skip ?? 0;
  return {
    forward,
    /** The order the rows are read in: newest first, or oldest first when paging backwards. */
    direction: Prisma.raw(forward ? 'DESC' : 'ASC'),
    /** Rows at or past the cursor, for rows dated `claimedOn` with id `id`; nothing without a cursor. */
    fromCursor: (claimedOn: Prisma.Sql, id: Prisma.Sql) =>
      page.cursorId
        ? Prisma.sql`AND (${claimedOn}, ${id}) ${Prisma.raw(forward ? '<=' : '>=')}
            (SELECT k."claimedOn", k.id FROM "Claim" k WHERE k.id = ${page.cursorId}::uuid)`
        : Prisma.empty,
    limit: Prisma.sql`LIMIT ${Math.abs(take)}::int OFFSET ${skip}::int`,
    /**
     * The same LIMIT and OFFSET written into the SQL text. A statement whose only parameters are
     * ones PostgreSQL estimates alike for every value is then planned once per connection (a
     * generic plan) instead of at every run: see actors/claims.ts.
     */
    literalLimit: Prisma.raw(`LIMIT ${integer(Math.abs(take))} OFFSET ${integer(skip)}`),
    /** How many rows in reading order the page reaches into. */
    reach: integer(Math.abs(take) + skip),
    /** The ids as read, newest first. */
    inListOrder: (ids: string[]) => (forward ? ids : ids.reverse()),
  };
}

/** `n`, refused unless it is a whole number of rows that can be written into SQL as it is. */
function integer(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`a page cannot reach ${n} rows`);
  return n;
}

/**
 * The page a page statement cuts (actorClaimsPageSql, keyedListPageSql and those built on it),
 * read on its own: its ids, newest first, and its count when the statement was asked to count.
 * The API hands the statement to json-reads' pageInOrder instead, which loads the claims with it.
 */
export async function readClaimPage(prisma: PrismaClient, statement: Prisma.Sql): Promise<{ ids: string[]; totalCount: number | null }> {
  const [row] = await prisma.$queryRaw<{ ids: string[] | null; total: number | null }[]>(statement);
  return { ids: row?.ids ?? [], totalCount: row?.total ?? null };
}
