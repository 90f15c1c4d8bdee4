// The claims sources carried: those with a visible appearance, in a report known on the day,
// whose attribution chain names one of the sources anywhere (claimFilterWhere's `sourceIds`),
// newest claim first. Read from "cg_source_claim" (migration source_claim_list), one row per
// source and claim, kept by triggers: a page is a range of cg_source_claim_list_idx per source and
// the count reads the sources' rows alone, whatever the number of claims (claims/keyed-list.ts).
// The caller loads the page's claims by id. Source.claims asks for one source;
// `claims(filter: { sourceIds })` for any.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { ClaimPage } from '../claims/page-sql';
import { countKeyedList, keyedListPageSql, type KeyedList, type ListDays } from '../claims/keyed-list';

export interface SourceClaimsQuery extends ListDays {
  sourceIds: string[];
}

const sources = ({ sourceIds }: SourceClaimsQuery): KeyedList => ({
  table: 'cg_source_claim',
  column: 'sourceId',
  // One source as a value, not an array: PostgreSQL estimates an array of unknown length as ten
  // keys, and would plan the statement anew at every run (see actors/claims.ts).
  keys: sourceIds.length === 1 ? Prisma.sql`SELECT ${sourceIds[0]}::uuid` : Prisma.sql`SELECT DISTINCT unnest(${sourceIds}::uuid[])`,
});

/** The statement cutting one page of the sources' claims (a claim two of them carried comes once): keyedListPageSql. */
export function sourceClaimsPageSql(query: SourceClaimsQuery, page: ClaimPage, options: { count?: boolean } = {}): Prisma.Sql {
  return keyedListPageSql(sources(query), query, page, options);
}

/** How many claims sourceClaimsPageSql pages through. */
export function countSourceClaims(prisma: PrismaClient, query: SourceClaimsQuery): Promise<number> {
  return countKeyedList(prisma, sources(query), query);
}
