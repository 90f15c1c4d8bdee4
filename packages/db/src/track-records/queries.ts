// Track records, read in ONE SQL statement per day asked about, however many sources (or actors)
// and claims: the statement finds the party's claims known on that day, says for each whether
// the party originated it or only carried it, and brings each claim's resolution log along (as
// JSON). The arithmetic (arithmetic.ts) then reads the verdict in force with the same rule as
// everywhere else (resolutions/verdict.ts).
//
// Credit through attribution chains (a chain is nearest link first, origin last):
// - a party is the ORIGINATOR of a claim when, in a known appearance of it, it is the chain's last
//   link; a source also originates what a report it published states in its own voice (no chain:
//   the publisher is the origin, as in claims/provenance.ts); an actor also originates the claims
//   it is recorded as making (CLAIMANT).
// - a party CARRIED a claim when it is named in a known chain, but not at its end, and originated
//   it nowhere: each claim counts once per party, in one of the two records.
// A known appearance is one that is visible, in a visible report published by the day asked about.
// An actor's record includes the actors merged into it. Sources' credits are kept by triggers in
// "cg_source_credit" (migration source_credits), by this rule: the record reads them as a range.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { InformationCredibility, Verdict } from '../../generated/prisma/enums';
import type { ResolutionEntry } from '../resolutions/verdict';
import {
  recordHistory,
  suggestReliability,
  tally,
  type HistoryPoint,
  type RecordClaim,
  type RecordFigures,
  type SuggestedReliability,
} from './arithmetic';

export interface PartyRecord extends RecordFigures {
  history: HistoryPoint[];
}

export interface TrackRecord {
  /** The day it was read on. */
  asOf: Date;
  /** Claims the party originated. */
  originator: PartyRecord;
  /** Claims it only passed on. */
  carried: PartyRecord;
  /** Read off the originator record. */
  suggestedReliability: SuggestedReliability;
}

interface Row {
  party: string;
  claimId: string;
  claimedOn: Date;
  credibility: InformationCredibility;
  originator: boolean;
  resolutions: { id: string; verdict: Verdict; effectiveOn: string; recordedAt: number; correctsId: string | null }[];
}

/** Today as a day (UTC midnight): what an unset asOf means. */
function today(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

/** The claims of `credit` (party, claimId, originator) known on asOf, with their resolution logs up to asOf. */
function claimsOf(credit: Prisma.Sql, asOf: Date): Prisma.Sql {
  return Prisma.sql`
    WITH credit AS (${credit}),
    per_claim AS (SELECT party, "claimId", bool_or(originator) AS originator FROM credit GROUP BY party, "claimId")
    SELECT p.party::text AS party, c.id::text AS "claimId", c."claimedOn", c.credibility::text AS credibility, p.originator,
      coalesce((
        SELECT json_agg(json_build_object(
          'id', r.id, 'verdict', r.verdict, 'effectiveOn', r."effectiveOn",
          'recordedAt', extract(epoch FROM r."recordedAt") * 1000, 'correctsId', r."correctsId"))
        FROM "Resolution" r WHERE r."claimId" = c.id AND r."effectiveOn" <= ${asOf}::date
      ), '[]'::json) AS resolutions
    FROM per_claim p JOIN "Claim" c ON c.id = p."claimId"
    WHERE c."hiddenAt" IS NULL AND c."claimedOn" <= ${asOf}::date
    ORDER BY c."claimedOn", c.id`;
}

/** Known appearances `a` (visible, in a visible report `rep` published by asOf). */
function knownAppearances(asOf: Date): Prisma.Sql {
  return Prisma.sql`"Appearance" a JOIN "Report" rep ON rep.id = a."reportId"
    AND rep."hiddenAt" IS NULL AND rep."publishedOn" <= ${asOf}::date AND a."hiddenAt" IS NULL`;
}

/** Whether link `l` is the last of its chain. */
const LAST_LINK = Prisma.sql`l.position = (SELECT max(m.position) FROM "AttributionLink" m WHERE m."appearanceId" = l."appearanceId")`;

/**
 * Sources' track records on `asOf` (today when unset), by source id: one SQL statement for all of
 * them. The credits are read from "cg_source_credit" (migration source_credits): for each source
 * and claim, the first day some known report credited the source, and the first day one credited
 * it as the origin.
 */
export async function sourceTrackRecords(
  prisma: PrismaClient,
  sourceIds: readonly string[],
  asOf?: Date,
): Promise<Map<string, TrackRecord>> {
  const day = asOf ?? today();
  const ids = [...new Set(sourceIds)];
  const rows = await prisma.$queryRaw<Row[]>(
    claimsOf(
      Prisma.sql`
        SELECT sc."sourceId" AS party, sc."claimId", coalesce(sc."originatedOn" <= ${day}::date, false) AS originator
        FROM "cg_source_credit" sc
        WHERE sc."sourceId" = ANY(${ids}::uuid[]) AND sc."knownOn" <= ${day}::date`,
      day,
    ),
  );
  return recordsByParty(ids, rows, day);
}

/**
 * Actors' track records on `asOf` (today when unset), by actor id, each with the actors merged
 * into it: one SQL statement for all of them.
 */
export async function actorTrackRecords(prisma: PrismaClient, actorIds: readonly string[], asOf?: Date): Promise<Map<string, TrackRecord>> {
  const day = asOf ?? today();
  const ids = [...new Set(actorIds)];
  const rows = await prisma.$queryRaw<Row[]>(
    claimsOf(
      Prisma.sql`
        WITH RECURSIVE family (root, id) AS (
          SELECT id, id FROM "Actor" WHERE id = ANY(${ids}::uuid[])
          UNION
          SELECT f.root, x.id FROM "Actor" x JOIN family f ON x."mergedIntoId" = f.id
        )
        SELECT f.root AS party, ca."claimId", true AS originator
        FROM "ClaimActor" ca JOIN family f ON f.id = ca."actorId" WHERE ca.role = 'CLAIMANT'
        UNION ALL
        SELECT f.root, a."claimId", ${LAST_LINK}
        FROM "AttributionLink" l JOIN family f ON f.id = l."actorId" JOIN ${knownAppearances(day)} ON a.id = l."appearanceId"`,
      day,
    ),
  );
  return recordsByParty(ids, rows, day);
}

/** A source's track record on `asOf` (today when unset): one SQL statement. */
export async function sourceTrackRecord(prisma: PrismaClient, sourceId: string, asOf?: Date): Promise<TrackRecord> {
  return (await sourceTrackRecords(prisma, [sourceId], asOf)).get(sourceId)!;
}

/** An actor's track record on `asOf` (today when unset), with the actors merged into it: one SQL statement. */
export async function actorTrackRecord(prisma: PrismaClient, actorId: string, asOf?: Date): Promise<TrackRecord> {
  return (await actorTrackRecords(prisma, [actorId], asOf)).get(actorId)!;
}

function recordsByParty(ids: readonly string[], rows: Row[], asOf: Date): Map<string, TrackRecord> {
  return new Map(
    ids.map((id) => [
      id,
      trackRecordOf(
        rows.filter((row) => row.party === id),
        asOf,
      ),
    ]),
  );
}

function trackRecordOf(rows: Row[], asOf: Date): TrackRecord {
  const claims = (originator: boolean): RecordClaim[] =>
    rows
      .filter((row) => row.originator === originator)
      .map((row) => ({
        claimedOn: row.claimedOn,
        credibility: row.credibility,
        resolutions: row.resolutions.map((r): ResolutionEntry => ({
          id: r.id,
          verdict: r.verdict,
          effectiveOn: new Date(`${r.effectiveOn}T00:00:00Z`),
          recordedAt: new Date(r.recordedAt),
          correctsId: r.correctsId,
        })),
      }));
  const record = (list: RecordClaim[]): PartyRecord => ({ ...tally(list, asOf), history: recordHistory(list, asOf) });
  const originator = record(claims(true));
  return { asOf, originator, carried: record(claims(false)), suggestedReliability: suggestReliability(originator) };
}
