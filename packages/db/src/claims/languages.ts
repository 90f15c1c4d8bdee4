// The claims that appear in reports in a language (claimFilterWhere's `language`: the tag or a
// sub-tag of it, "de" taking in "de-AT"), newest claim first. Read from "cg_claim_language"
// (migration claim_language_list), one row per claim and lower-case language tag, kept by
// triggers: a page is a range of cg_claim_language_list_idx per tag (claims/keyed-list.ts). The
// caller loads the page's claims by id.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { ClaimPage } from './page-sql';
import { countKeyedList, keyedListPageSql, type KeyedList, type ListDays } from './keyed-list';

export interface LanguageClaimsQuery extends ListDays {
  /** BCP 47 tag, any case. */
  language: string;
}

/**
 * The tags listed under `language`: itself and "language-…". The column compares byte-wise, so
 * they are the range from the tag to the tag followed by "." ("-" is the byte before it); each
 * distinct tag in it is found by one probe of the primary key (a skip scan), not by reading the
 * range's rows.
 */
function languages({ language }: LanguageClaimsQuery): KeyedList {
  const tag = language.toLowerCase();
  const end = `${tag}.`;
  return {
    table: 'cg_claim_language',
    column: 'language',
    keys: Prisma.sql`
      WITH RECURSIVE tags (tag) AS (
        SELECT min(language) FROM "cg_claim_language" WHERE language >= ${tag} AND language < ${end}
        UNION ALL
        SELECT (SELECT min(language) FROM "cg_claim_language" WHERE language > t.tag AND language < ${end})
        FROM tags t WHERE t.tag IS NOT NULL
      )
      SELECT tag FROM tags WHERE tag = ${tag} OR tag >= ${`${tag}-`}`,
  };
}

/** The statement cutting one page of the claims in the language (a claim in two of its tags comes once): keyedListPageSql. */
export function languageClaimsPageSql(query: LanguageClaimsQuery, page: ClaimPage, options: { count?: boolean } = {}): Prisma.Sql {
  return keyedListPageSql(languages(query), query, page, options);
}

/** How many claims languageClaimsPageSql pages through. */
export function countLanguageClaims(prisma: PrismaClient, query: LanguageClaimsQuery): Promise<number> {
  return countKeyedList(prisma, languages(query), query);
}
