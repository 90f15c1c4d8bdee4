// Matching a candidate claim against the graph: is this a claim we already hold? Trigram
// similarity (pg_trgm, in SQL) finds claims whose English statement or whose quotes in the
// candidate's language read alike, so a German sentence finds an English claim through its
// German appearances. Shared actors, figures and dates then refine the order. Every score comes
// with its named parts, so an editor can see why a claim was proposed.
import { normaliseNumbers, type Candidate, type Language } from '@claimgraph/ingest';
import { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../shared/revisions';

/** How much each part weighs; a part that does not apply (nothing to compare) is left out. */
export const MATCH_WEIGHTS = { text: 0.6, actors: 0.2, numbers: 0.15, dates: 0.05 } as const;
const MATCHES_KEPT = 5;
/** Claims read alike below this trigram score are not considered at all. */
const MIN_TEXT_SIMILARITY = 0.15;
/** A match this good lets an evidence cue ("confirmed", "bestreitet") suggest evidence. */
const EVIDENCE_MIN_SCORE = 0.4;
const SHORTLIST = 25;

export interface MatchParts {
  /** 0..1 trigram similarity of the words (the best of the statement and the quotes). */
  text: number;
  /** Shared known actors over all known actors of both (Jaccard); null when the candidate names none. */
  actors: number | null;
  /** Share of the candidate's figures the claim also has (100 000 = 100,000); null without figures. */
  numbers: number | null;
  /** 1 when the claim was made in the month the candidate's dates (or its report) point to, 0.5 the same year, else 0. */
  dates: number | null;
}

export interface ClaimMatch {
  claim: { id: string; statement: string };
  score: number;
  parts: MatchParts;
  /** What read most alike: the claim's statement or one of its appearances (the quote). */
  via: { kind: 'statement' } | { kind: 'appearance'; appearanceId: string; exact: string };
}

/** What the claim side of a comparison needs. */
interface ClaimFacts {
  id: string;
  statement: string;
  claimedOn: Date;
  actorIds: string[];
  /** Words the claim is known by, each in its language, for figures. */
  texts: { text: string; language: string }[];
}

/** The candidate side: the ids it names and its figures and dates. */
interface CandidateFacts {
  actorIds: string[];
  numbers: number[];
  /** Years the words mention (2019, 2023). */
  years: number[];
  /** When the report was published: the date a claim without dates of its own points to. */
  reportDate: Date;
}

export function candidateFacts(candidate: Candidate, reportDate: Date): CandidateFacts {
  const actorIds = new Set<string>();
  for (const c of candidate.claimants) if (c.id) actorIds.add(c.id);
  for (const link of candidate.chain) if (link.id && link.kind === 'actor') actorIds.add(link.id);
  for (const name of candidate.names) if (name.id && name.kind === 'actor') actorIds.add(name.id);
  const years = candidate.numbers.filter(isYear).map((n) => n.value);
  const numbers = candidate.numbers.filter((n) => !isYear(n)).map((n) => n.value);
  return { actorIds: [...actorIds], numbers, years, reportDate };
}

function isYear(n: { value: number; raw: string; approximate: boolean }): boolean {
  return !n.approximate && /^\d{4}$/.test(n.raw) && n.value >= 1900 && n.value <= 2100;
}

/** The score of one claim for one candidate, with its parts. */
export function scoreMatch(candidate: CandidateFacts, claim: ClaimFacts, text: number): { score: number; parts: MatchParts } {
  const parts: MatchParts = {
    text: round(text),
    actors: actorsPart(candidate.actorIds, claim.actorIds),
    numbers: numbersPart(candidate.numbers, claim.texts),
    dates: datesPart(candidate, claim.claimedOn),
  };
  let weighted = 0;
  let weights = 0;
  for (const key of Object.keys(MATCH_WEIGHTS) as (keyof MatchParts)[]) {
    const value = parts[key];
    if (value === null) continue;
    weighted += MATCH_WEIGHTS[key] * value;
    weights += MATCH_WEIGHTS[key];
  }
  return { score: round(weighted / weights), parts };
}

function actorsPart(mine: string[], theirs: string[]): number | null {
  if (mine.length === 0) return null;
  const a = new Set(mine);
  const b = new Set(theirs);
  const shared = [...a].filter((id) => b.has(id)).length;
  return round(shared / new Set([...a, ...b]).size);
}

function numbersPart(mine: number[], texts: ClaimFacts['texts']): number | null {
  if (mine.length === 0) return null;
  const theirs = texts.flatMap(({ text, language }) => normaliseNumbers(text, language).map((n) => n.value));
  const found = mine.filter((value) => theirs.some((other) => Math.abs(other - value) <= Math.abs(value) * 0.01));
  return round(found.length / mine.length);
}

function datesPart(candidate: CandidateFacts, claimedOn: Date): number {
  const claimYear = claimedOn.getUTCFullYear();
  if (candidate.years.length > 0) {
    return candidate.years.includes(claimYear) ? 1 : candidate.years.some((y) => Math.abs(y - claimYear) <= 1) ? 0.5 : 0;
  }
  const reportYear = candidate.reportDate.getUTCFullYear();
  if (reportYear === claimYear && candidate.reportDate.getUTCMonth() === claimedOn.getUTCMonth()) return 1;
  return reportYear === claimYear ? 0.5 : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

interface TextHit {
  claimId: string;
  text: number;
  appearanceId: string | null;
  exact: string | null;
}

/**
 * The claims whose words read most like `words` (pg_trgm splits words at punctuation, so
 * "100 000", "100.000" and "100,000" read alike): each visible claim's English statement and its
 * visible appearances' quotes in `language`. A shorter text contained in a longer one counts at
 * 0.8 of its word similarity, less when it is under half the longer one's length.
 */
async function similarClaims(tx: Tx, words: string, language: string): Promise<TextHit[]> {
  return tx
    .$queryRaw<TextHit[]>(
      Prisma.sql`
    WITH scored AS (
      SELECT c.id AS "claimId", cg_text_similarity(c.statement, ${words}) AS text, NULL::uuid AS "appearanceId", NULL::text AS exact
      FROM "Claim" c
      WHERE c."hiddenAt" IS NULL
      UNION ALL
      SELECT a."claimId", cg_text_similarity(a.exact, ${words}), a.id, a.exact
      FROM "Appearance" a
      JOIN "Report" r ON r.id = a."reportId"
      JOIN "Claim" c ON c.id = a."claimId"
      WHERE a."hiddenAt" IS NULL AND r."hiddenAt" IS NULL AND c."hiddenAt" IS NULL
        AND split_part(r.language, '-', 1) = split_part(${language}, '-', 1)
    )
    SELECT DISTINCT ON ("claimId") "claimId", text::float8 AS text, "appearanceId", exact
    FROM scored
    WHERE text >= ${MIN_TEXT_SIMILARITY}
    ORDER BY "claimId", text DESC`,
    )
    .then((rows) => rows.sort((a, b) => b.text - a.text).slice(0, SHORTLIST));
}

/** The best MATCHES_KEPT claims for a candidate, best first. */
export async function matchCandidate(tx: Tx, candidate: Candidate, language: Language, reportDate: Date): Promise<ClaimMatch[]> {
  const hits = await similarClaims(tx, candidate.quote.exact, language);
  if (hits.length === 0) return [];
  const claims = await claimFacts(
    tx,
    hits.map((h) => h.claimId),
  );
  const facts = candidateFacts(candidate, reportDate);
  const matches: ClaimMatch[] = [];
  for (const hit of hits) {
    const claim = claims.get(hit.claimId);
    if (!claim) continue;
    const { score, parts } = scoreMatch(facts, claim, hit.text);
    matches.push({
      claim: { id: claim.id, statement: claim.statement },
      score,
      parts,
      via: hit.appearanceId && hit.exact ? { kind: 'appearance', appearanceId: hit.appearanceId, exact: hit.exact } : { kind: 'statement' },
    });
  }
  return matches.sort((a, b) => b.score - a.score || b.parts.text - a.parts.text).slice(0, MATCHES_KEPT);
}

async function claimFacts(tx: Tx, ids: string[]): Promise<Map<string, ClaimFacts>> {
  const rows = await tx.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      statement: true,
      claimedOn: true,
      actors: { select: { actorId: true } },
      appearances: { where: { hiddenAt: null }, select: { exact: true, report: { select: { language: true } } } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        statement: row.statement,
        claimedOn: row.claimedOn,
        actorIds: row.actors.map((a) => a.actorId),
        texts: [{ text: row.statement, language: 'en' }, ...row.appearances.map((a) => ({ text: a.exact, language: a.report.language }))],
      },
    ]),
  );
}

/** A confirming or denying candidate that matches a claim well suggests evidence for it. */
export function evidenceSuggestion(
  candidate: Candidate,
  matches: ClaimMatch[],
): { claimId: string; suggests: 'CONFIRMS' | 'REFUTES' } | null {
  const best = matches[0];
  if (!candidate.evidence || !best || best.score < EVIDENCE_MIN_SCORE) return null;
  return { claimId: best.claim.id, suggests: candidate.evidence };
}
