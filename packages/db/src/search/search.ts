// Full-text search over reports and claims, in German and English with a language-neutral
// fallback, as one SQL statement over the migration's generated `cg_search` / `cg_search_simple`
// columns and their GIN indexes: for reports, one pair per text search configuration over the
// visible reports it holds (migration report_search_by_config), read through a BitmapOr per
// reading; the indexes keep no pending list (migration search_index_fastupdate_off), so the
// planner prefers them to a scan even right after a bulk load: test/search-plan.test.ts.
//
// What is ranked. A search ranks the newest SEARCH_WINDOW (1,000) matches, by the day a report
// was published or a claim made, and says whether that was all of them (`complete`). A word in
// most rows would otherwise have every match ranked, at about 5 µs each: at 1,000,000 claims,
// "shelled town" (in every generated claim) took 6.5 s and counted 1,066,667 hits nobody pages
// through. Older matches are reached by narrowing: more words, a language, a kind, or asOf.
//
// How the window is found. Per branch (each report configuration, and claims), the newest
// 2 × SEARCH_WINDOW rows are walked through a date index and tested; when they hold more than a
// window of matches, the branch is done after reading those rows. Otherwise the word is rare
// there and the branch reads its GIN indexes, which find every match however old, and orders
// those by date. Either way a branch gives its newest window + 1 matches, so the newest overall
// are among them, and the one past the window says whether the list is complete. Only the
// window's rows are ranked, and only the page's rows are read again for snippets.
//
// How a row matches. The query is parsed with `websearch_to_tsquery` once per configuration
// (quoted phrases, OR, -word). A row matches when its own-language vector matches the query read
// in the row's configuration (reports: cg_search_config(language); claims: english), or when the
// unstemmed `simple` vector matches the query read with 'simple' (names, words in another
// language, words the stemmer mangles). Two refinements keep that honest:
// - The simple reading is only asked when the own-language reading finds none of its positive
//   terms in the row; otherwise "artillery -shells" would let a row with "shell" back in through
//   the unstemmed reading, whose "-shells" does not exclude "shell".
// - A reading with nothing positive to look for (only stop words, only -words) finds nothing:
//   "the of and" returns zero hits rather than every English row containing "the".
//
// German compounds and inflections. The german stemmer keeps "Nordkoreas" as 'nordkoreas' and
// leaves compounds whole. For German rows the query's German lexemes of 4+ characters become
// prefix terms ('artilleri':*), which GIN answers from the same index: "Artillerie" finds
// "Artilleriegranaten", "Nordkorea" finds "Nordkoreas" and "nordkoreanische". It cannot find a
// compound's tail ("Granaten" does not find "Artilleriegranaten") nor strip an inflection from
// the query ("Nordkoreas" does not find "Nordkorea"). Trigram similarity would catch both, but
// there is no trigram index on report bodies (every search would scan and compare every body),
// it cannot say which words matched (no highlight), and it admits near-misses; left out.
//
// Snippets. ts_headline runs over the text with & < > already replaced by entities, so the only
// `<` in a snippet are the StartSel/StopSel we ask for. The default parser reads "&lt;" as one
// entity token, so a fragment never cuts an entity in half and never highlights inside one.
// (Marking with sentinel characters and escaping afterwards would also be safe, but ts_headline
// silently drops tag-like text such as "<script>" when it is left in, changing the quoted text.)
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { parseInput } from '../shared/errors';
import { languageTag, storableString } from '../shared/inputs';

export type SearchKind = 'REPORT' | 'CLAIM';

export interface SearchOptions {
  /** What a user types: words, "quoted phrases", OR, -excluded. */
  query: string;
  /** Both when left out. */
  kinds?: SearchKind[];
  /** BCP 47 tag; restricts reports to that language or a sub-tag of it ("de" matches "de-AT"). */
  language?: string;
  /** Only reports published and claims claimed on or before this day (UTC). */
  asOf?: Date;
  first: number;
  offset: number;
  /** How many of the newest matches are ranked; SEARCH_WINDOW unless a test asks for fewer. */
  window?: number;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  rank: number;
  /** Escaped text; the only markup is <mark> around matched words. */
  snippet: string;
}

export interface SearchResult {
  /** Hits in the ranked list: every match, or the newest SEARCH_WINDOW when more match. */
  totalCount: number;
  /** False when more rows match than the list holds: the older ones are not in it. */
  complete: boolean;
  hits: SearchHit[];
}

export const MAX_SEARCH_PAGE = 100;

/** A search ranks at most this many matches: the newest. */
export const SEARCH_WINDOW = 1_000;

/**
 * How many of a branch's newest rows the date walk tests, per row of the window, before the
 * branch takes its GIN indexes instead: a word in fewer than half of the newest rows is found
 * faster through the index.
 */
const WALK_ROWS_PER_WINDOW = 2;

/** What cg_search_config returns: German, English, and 'simple' for every other language. */
const REPORT_CONFIGS = ['pg_catalog.german', 'pg_catalog.english', 'pg_catalog.simple'] as const;
type ReportConfig = (typeof REPORT_CONFIGS)[number];

const searchOptions = z.object({
  query: storableString().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  kinds: z
    .array(z.enum(['REPORT', 'CLAIM']))
    .min(1, 'must name at least one kind')
    .optional(),
  language: languageTag.optional(),
  asOf: z.date('must be a valid date').optional(),
  first: z.number().int().min(1).max(MAX_SEARCH_PAGE),
  offset: z.number().int().min(0),
  window: z.number().int().min(1).max(SEARCH_WINDOW).default(SEARCH_WINDOW),
});

interface Row {
  total: number;
  kind: SearchKind | null;
  id: string | null;
  rank: number | null;
  snippet: string | null;
}

/**
 * Ranked full-text hits among visible reports and claims: the newest `window` matches (by the
 * day a report was published or a claim made, then id), ordered by rank, then id.
 *
 * rank = ts_rank_cd(W, own vector, own query, 1) + ts_rank_cd(W, simple vector, simple query, 1)
 * with W = {D, C, B, A} weights: a report's title (A) 1.0 and body (B) 0.4; a claim's statement
 * (stored unweighted, D) 0.4 like a report body; the simple vectors (D) 0.1, so a match only the
 * unstemmed reading sees counts a quarter of a stemmed one, and a row both readings match ranks
 * above one that only one does. Normalisation 1 divides by 1 + ln(length in words), so a long
 * article mentioning a word often does not bury a one-sentence claim.
 */
export async function searchText(prisma: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const { query, kinds, language, asOf, first, offset, window } = parseInput(searchOptions, options);
  const wantReports = !kinds || kinds.includes('REPORT');
  const wantClaims = !kinds || kinds.includes('CLAIM');
  const asOfDay = asOf ? asOf.toISOString().slice(0, 10) : null;

  // Each branch (a report configuration, or claims) gives its newest window + 1 matches, the
  // newest of which then make the window. A branch first walks its newest rows through a date
  // index and tests each; only when those hold fewer matches than that does it take its GIN
  // indexes (rare words), ordering what they find by date. Numbers are literals: the planner
  // then knows the limits even for a generic plan.
  const keep = Prisma.raw(String(window + 1));
  const walkRows = Prisma.raw(String(window * WALK_ROWS_PER_WINDOW));
  const enough = Prisma.raw(String(window));

  // Reports of one configuration, named literally so that the planner can use that
  // configuration's partial indexes (migration report_search_by_config).
  const reportBranch = (cfg: ReportConfig) => {
    const config = Prisma.raw(`'${cfg}'::regconfig`);
    const reading = Prisma.sql`${wantReports}::boolean AND q.cfg = ${config}
        -- Reports in the language asked for are read in its configuration only.
        AND (input.language IS NULL OR q.cfg = cg_search_config(input.language))`;
    const filters = Prisma.sql`(input.language IS NULL OR lower(r.language) = input.language OR lower(r.language) LIKE input.language || '-%')
        AND (r.cg_search @@ q.own_q OR (r.cg_search_simple @@ q.plain_q AND NOT r.cg_search @@ q.own_pos))`;
    return Prisma.sql`(
      WITH walk AS MATERIALIZED (
        SELECT 'REPORT' AS kind, r.id, r."publishedOn" AS day, q.cfg
        FROM input CROSS JOIN readings q CROSS JOIN LATERAL (
          SELECT id, "publishedOn", language, cg_search, cg_search_simple FROM "Report"
          WHERE "hiddenAt" IS NULL AND cg_search_config(language) = ${config}
            AND "publishedOn" <= coalesce(input.as_of, 'infinity'::date)
          ORDER BY "publishedOn" DESC, id DESC LIMIT ${walkRows}
        ) r
        WHERE ${reading} AND ${filters}
        ORDER BY r."publishedOn" DESC, r.id DESC LIMIT ${keep}
      )
      SELECT * FROM walk WHERE (SELECT count(*) FROM walk) > ${enough}
      UNION ALL (
        SELECT 'REPORT', r.id, r."publishedOn", q.cfg
        FROM input CROSS JOIN readings q
        JOIN "Report" r ON r."hiddenAt" IS NULL AND cg_search_config(r.language) = ${config}
        WHERE (SELECT count(*) FROM walk) <= ${enough} AND ${reading}
          AND (input.as_of IS NULL OR r."publishedOn" <= input.as_of) AND ${filters}
        ORDER BY r."publishedOn" DESC, r.id DESC LIMIT ${keep}
      ))`;
  };

  const claimFilters = Prisma.sql`${wantClaims}::boolean AND q.cfg = 'pg_catalog.english'::regconfig
        AND (c.cg_search @@ q.own_q OR (c.cg_search_simple @@ q.plain_q AND NOT c.cg_search @@ q.own_pos))`;
  const claimBranch = Prisma.sql`(
      WITH walk AS MATERIALIZED (
        SELECT 'CLAIM' AS kind, c.id, c."claimedOn" AS day, q.cfg
        FROM input CROSS JOIN readings q CROSS JOIN LATERAL (
          SELECT id, "claimedOn", cg_search, cg_search_simple FROM "Claim"
          WHERE "hiddenAt" IS NULL AND "claimedOn" <= coalesce(input.as_of, 'infinity'::date)
          ORDER BY "claimedOn" DESC, id DESC LIMIT ${walkRows}
        ) c
        WHERE ${claimFilters}
        ORDER BY c."claimedOn" DESC, c.id DESC LIMIT ${keep}
      )
      SELECT * FROM walk WHERE (SELECT count(*) FROM walk) > ${enough}
      UNION ALL (
        SELECT 'CLAIM', c.id, c."claimedOn", q.cfg
        FROM input CROSS JOIN readings q JOIN "Claim" c ON c."hiddenAt" IS NULL
        WHERE (SELECT count(*) FROM walk) <= ${enough} AND ${claimFilters}
          AND (input.as_of IS NULL OR c."claimedOn" <= input.as_of)
        ORDER BY c."claimedOn" DESC, c.id DESC LIMIT ${keep}
      ))`;

  const rows = await prisma.$queryRaw<Row[]>`
    WITH input AS (
      SELECT ${query}::text AS text, lower(${language ?? null}::text) AS language, ${asOfDay}::date AS as_of
    ), readings AS (
      SELECT v.cfg, v.own_q, querytree(v.own_q)::tsquery AS own_pos,
             websearch_to_tsquery('pg_catalog.simple', input.text) AS plain_q,
             querytree(websearch_to_tsquery('pg_catalog.simple', input.text))::tsquery AS plain_pos
      FROM input CROSS JOIN LATERAL (VALUES
        ('pg_catalog.german'::regconfig,
          regexp_replace(websearch_to_tsquery('pg_catalog.german', input.text)::text,
                         '''((?:[^'']|''''){4,})''', '''\\1'':*', 'g')::tsquery),
        ('pg_catalog.english'::regconfig, websearch_to_tsquery('pg_catalog.english', input.text)),
        ('pg_catalog.simple'::regconfig, websearch_to_tsquery('pg_catalog.simple', input.text))
      ) AS v(cfg, own_q)
      WHERE querytree(v.own_q) NOT IN ('', 'T')
    ), newest AS MATERIALIZED (
      SELECT * FROM (${Prisma.join(REPORT_CONFIGS.map(reportBranch), ' UNION ALL ')} UNION ALL ${claimBranch}) AS found
      ORDER BY day DESC, id DESC LIMIT ${keep}
    ), ranked AS (
      -- Only the window is ranked: its rows are read again for their vectors.
      SELECT n.kind, n.id, n.cfg,
             CASE WHEN n.kind = 'REPORT'
               THEN ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', r.cg_search, q.own_q, 1) + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', r.cg_search_simple, q.plain_q, 1)
               ELSE ts_rank_cd('{0.4, 0.2, 0.4, 1.0}', c.cg_search, q.own_q, 1) + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', c.cg_search_simple, q.plain_q, 1)
             END AS rank
      FROM (SELECT * FROM newest ORDER BY day DESC, id DESC LIMIT ${enough}) n
      JOIN readings q ON q.cfg = n.cfg
      LEFT JOIN "Report" r ON n.kind = 'REPORT' AND r.id = n.id
      LEFT JOIN "Claim" c ON n.kind = 'CLAIM' AND c.id = n.id
    ), page AS (
      SELECT * FROM ranked ORDER BY rank DESC, id LIMIT ${first}::int OFFSET ${offset}::int
    )
    -- The window carries no text: only the page's rows are read again, for their snippets.
    SELECT total.n AS total, page.kind, page.id::text AS id, page.rank::float8 AS rank,
           ts_headline(page.cfg,
                       replace(replace(replace(coalesce(r.body, c.statement), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                       q.own_pos || q.plain_pos,
                       'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "') AS snippet
    FROM (SELECT count(*)::int AS n FROM newest) AS total
    LEFT JOIN page ON true
    LEFT JOIN readings q ON q.cfg = page.cfg
    LEFT JOIN "Report" r ON page.kind = 'REPORT' AND r.id = page.id
    LEFT JOIN "Claim" c ON page.kind = 'CLAIM' AND c.id = page.id
    ORDER BY page.rank DESC, page.id`;

  const hits: SearchHit[] = [];
  for (const row of rows) {
    if (row.kind && row.id && row.rank !== null && row.snippet !== null) {
      hits.push({ kind: row.kind, id: row.id, rank: row.rank, snippet: row.snippet });
    }
  }
  const found = rows[0]?.total ?? 0;
  return { totalCount: Math.min(found, window), complete: found <= window, hits };
}
