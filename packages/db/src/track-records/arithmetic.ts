// How often a party turned out right: plain arithmetic over its claims and their resolution logs.
// Nothing here reads the database; queries.ts reads the rows and hands them over.
//
// - A claim counts under the verdict in force on the day asked about (currentVerdict: the latest
//   uncorrected resolution effective by then; none is OPEN). Claims made after that day are unknown.
// - settled = CONFIRMED + PARTLY_CONFIRMED + REFUTED. OPEN and UNVERIFIABLE never count as right or wrong.
// - accuracy = (CONFIRMED + PARTLY_CONFIRMED / 2) / settled, null while nothing is settled.
// - Brier score: the credibility grade the claim was given when it was made, read as the
//   probability that it is true (CREDIBILITY_PROBABILITY), against the outcome (CONFIRMED 1,
//   PARTLY_CONFIRMED 0.5, REFUTED 0): the mean of (probability - outcome)² over settled claims
//   with a grade that states a probability. 0 is perfect; always saying 50 % scores 0.25.
import type { InformationCredibility, Verdict } from '../../generated/prisma/enums';
import { currentVerdict, type ResolutionEntry } from '../resolutions/verdict';
import { formatPartialDate, partialDateEnd } from '../shared/partial-date';

/** One claim in a party's record: when it was made, the grade it was given then, and its resolution log. */
export interface RecordClaim {
  claimedOn: Date;
  /** The Admiralty credibility grade at the time of the claim. */
  credibility: InformationCredibility;
  resolutions: readonly ResolutionEntry[];
}

/**
 * The credibility grade as a probability that the claim is true. Admiralty's words, as numbers:
 * 1 confirmed by other sources 0.95 (not 1: a confirmation can be wrong), 2 probably true 0.75,
 * 3 possibly true 0.5, 4 doubtful 0.25, 5 improbable 0.05; 6 cannot be judged states no
 * probability, so such claims are left out of the Brier score (brierCount says how many are in).
 */
export const CREDIBILITY_PROBABILITY: Readonly<Record<InformationCredibility, number | null>> = {
  CONFIRMED: 0.95,
  PROBABLY_TRUE: 0.75,
  POSSIBLY_TRUE: 0.5,
  DOUBTFUL: 0.25,
  IMPROBABLE: 0.05,
  CANNOT_BE_JUDGED: null,
};

const GRADES = Object.keys(CREDIBILITY_PROBABILITY) as InformationCredibility[];

/** How right a settled verdict is: the weight accuracy gives it and the outcome the Brier score compares with. */
const OUTCOME: Partial<Record<Verdict, number>> = { CONFIRMED: 1, PARTLY_CONFIRMED: 0.5, REFUTED: 0 };

export type VerdictCounts = Record<Verdict, number>;

const noVerdicts = (): VerdictCounts => ({ OPEN: 0, CONFIRMED: 0, PARTLY_CONFIRMED: 0, REFUTED: 0, UNVERIFIABLE: 0 });

/** The claims counts say are settled, and the accuracy they give (null while nothing is settled). */
function settledAccuracy(counts: VerdictCounts): { settled: number; accuracy: number | null } {
  const settled = counts.CONFIRMED + counts.PARTLY_CONFIRMED + counts.REFUTED;
  return { settled, accuracy: settled === 0 ? null : (counts.CONFIRMED + counts.PARTLY_CONFIRMED / 2) / settled };
}

export interface CalibrationRow {
  grade: InformationCredibility;
  /** What the grade says (CREDIBILITY_PROBABILITY); null for CANNOT_BE_JUDGED. */
  probability: number | null;
  settled: number;
  confirmed: number;
  partlyConfirmed: number;
  refuted: number;
  /** What happened: (confirmed + partly / 2) / settled. */
  observed: number;
}

export interface RecordFigures {
  /** Claims made by the day asked about. */
  claims: number;
  counts: VerdictCounts;
  settled: number;
  accuracy: number | null;
  brierScore: number | null;
  /** Settled claims whose grade states a probability: those the Brier score averages over. */
  brierCount: number;
  /** One row per grade with a settled claim, in grade order. */
  calibration: CalibrationRow[];
  /** When the earliest settled claim was made; null while nothing is settled. */
  settledSince: Date | null;
}

/** The record on `asOf`: every claim made by then, under the verdict in force then. */
export function tally(claims: readonly RecordClaim[], asOf: Date): RecordFigures {
  const counts = noVerdicts();
  const byGrade = new Map<InformationCredibility, { outcomes: number[] }>();
  let squares = 0;
  let brierCount = 0;
  let settledSince: Date | null = null;
  let known = 0;
  for (const claim of claims) {
    if (claim.claimedOn.getTime() > asOf.getTime()) continue;
    known += 1;
    const verdict = currentVerdict(claim.resolutions, asOf);
    counts[verdict] += 1;
    const outcome = OUTCOME[verdict];
    if (outcome === undefined) continue;
    if (!settledSince || claim.claimedOn.getTime() < settledSince.getTime()) settledSince = claim.claimedOn;
    const grade = byGrade.get(claim.credibility) ?? { outcomes: [] };
    grade.outcomes.push(outcome);
    byGrade.set(claim.credibility, grade);
    const probability = CREDIBILITY_PROBABILITY[claim.credibility];
    if (probability !== null) {
      squares += (probability - outcome) ** 2;
      brierCount += 1;
    }
  }
  const { settled, accuracy } = settledAccuracy(counts);
  const calibration = GRADES.flatMap((grade): CalibrationRow[] => {
    const outcomes = byGrade.get(grade)?.outcomes;
    if (!outcomes) return [];
    return [
      {
        grade,
        probability: CREDIBILITY_PROBABILITY[grade],
        settled: outcomes.length,
        confirmed: outcomes.filter((o) => o === 1).length,
        partlyConfirmed: outcomes.filter((o) => o === 0.5).length,
        refuted: outcomes.filter((o) => o === 0).length,
        observed: outcomes.reduce((sum, o) => sum + o, 0) / outcomes.length,
      },
    ];
  });
  return {
    claims: known,
    counts,
    settled,
    accuracy,
    brierScore: brierCount === 0 ? null : squares / brierCount,
    brierCount,
    calibration,
    settledSince,
  };
}

export interface HistoryPoint {
  /** YYYY-MM */
  month: string;
  /** The day the figures are read on: the month's last day, or asOf in asOf's own month. */
  day: Date;
  claims: number;
  settled: number;
  accuracy: number | null;
}

/**
 * The record's change over time: one point per month, up to `asOf`, in which a claim was made or
 * a verdict took effect and the figures (claims, counts by verdict) then differ from the month before.
 *
 * Each point is what `tally` reads on its day, found in one pass: a claim's verdict changes only in
 * the months its resolutions take effect (the verdict on a day is read off the resolutions
 * effective by then), so each claim is read on its own month and on those, and each month applies
 * the changes it holds to the figures of the month before. (Tallying every claim afresh for every
 * month took half a second for a source with 7,500 claims over 100 months.) Dates are days: UTC
 * midnights, as the database's date columns give them.
 */
export function recordHistory(claims: readonly RecordClaim[], asOf: Date): HistoryPoint[] {
  const month = (date: Date) => date.toISOString().slice(0, 7);
  const dayOf = (key: string) => {
    const monthEnd = new Date(partialDateEnd({ start: new Date(`${key}-01T00:00:00Z`), precision: 'MONTH' }).getTime() - 86_400_000);
    return monthEnd.getTime() < asOf.getTime() ? monthEnd : asOf;
  };
  // Per month: its day, and how the claims known and the counts by verdict change in it.
  const changes = new Map<string, { day: Date; claims: number; counts: VerdictCounts }>();
  const changeIn = (key: string) => {
    let change = changes.get(key);
    if (!change) {
      change = { day: dayOf(key), claims: 0, counts: noVerdicts() };
      changes.set(key, change);
    }
    return change;
  };
  for (const claim of claims) {
    if (claim.claimedOn.getTime() > asOf.getTime()) continue;
    const made = month(claim.claimedOn);
    const later = new Set<string>();
    for (const resolution of claim.resolutions) {
      if (resolution.effectiveOn.getTime() > asOf.getTime()) continue;
      const key = month(resolution.effectiveOn);
      // A month with a verdict taking effect has a point to weigh even when nothing changes in it.
      changeIn(key);
      if (key > made) later.add(key);
    }
    const inMade = changeIn(made);
    let verdict = currentVerdict(claim.resolutions, inMade.day);
    inMade.claims += 1;
    inMade.counts[verdict] += 1;
    for (const key of [...later].sort()) {
      const change = changeIn(key);
      const next = currentVerdict(claim.resolutions, change.day);
      if (next === verdict) continue;
      change.counts[verdict] -= 1;
      change.counts[next] += 1;
      verdict = next;
    }
  }
  const points: HistoryPoint[] = [];
  const counts = noVerdicts();
  let known = 0;
  let previous: string | null = null;
  for (const [key, change] of [...changes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    known += change.claims;
    for (const verdict of Object.keys(counts) as Verdict[]) counts[verdict] += change.counts[verdict];
    const signature = JSON.stringify([known, counts]);
    if (signature === previous) continue;
    previous = signature;
    const { settled, accuracy } = settledAccuracy(counts);
    points.push({ month: key, day: change.day, claims: known, settled, accuracy });
  }
  return points;
}

export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Below this many settled claims a record says nothing: the suggestion is F, cannot be judged. */
export const MIN_SETTLED_FOR_GRADE = 5;

/**
 * Accuracy a grade needs, best first: A completely reliable 0.95, B usually reliable 0.8, C fairly
 * reliable 0.65, D not usually reliable 0.5; below that E unreliable.
 */
export const RELIABILITY_THRESHOLDS: readonly { grade: ReliabilityGrade; accuracy: number }[] = [
  { grade: 'A', accuracy: 0.95 },
  { grade: 'B', accuracy: 0.8 },
  { grade: 'C', accuracy: 0.65 },
  { grade: 'D', accuracy: 0.5 },
];

export interface SuggestedReliability {
  grade: ReliabilityGrade;
  /** Why, in words: "7 of 8 settled claims confirmed since 2022-09". */
  reason: string;
}

/** An Admiralty reliability grade from a record: F below `minSettled` settled claims, else by accuracy. */
export function suggestReliability(figures: RecordFigures, minSettled = MIN_SETTLED_FOR_GRADE): SuggestedReliability {
  const { settled, counts, accuracy, settledSince } = figures;
  if (settled === 0 || accuracy === null || settledSince === null) {
    return { grade: 'F', reason: 'no settled claims yet: cannot be judged' };
  }
  const since = `since ${formatPartialDate({ start: settledSince, precision: 'MONTH' })}`;
  const claimsWord = (n: number) => (n === 1 ? 'claim' : 'claims');
  if (settled < minSettled) {
    return {
      grade: 'F',
      reason: `only ${settled} settled ${claimsWord(settled)} ${since}, fewer than the ${minSettled} a grade needs: cannot be judged`,
    };
  }
  const grade = RELIABILITY_THRESHOLDS.find((t) => accuracy >= t.accuracy)?.grade ?? 'E';
  const partly = counts.PARTLY_CONFIRMED ? ` and ${counts.PARTLY_CONFIRMED} partly confirmed` : '';
  const percent = partly ? ` (accuracy ${Math.round(accuracy * 100)} %)` : '';
  return { grade, reason: `${counts.CONFIRMED} of ${settled} settled claims confirmed${partly} ${since}${percent}` };
}
