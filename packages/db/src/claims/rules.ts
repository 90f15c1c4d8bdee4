// What the data layer decides about a claim, as plain functions. The same rules appear in SQL
// where a list must be filtered in the database (queries.ts); each such place names its rule here
// and a test holds the two to the same answers.
import type { Verdict } from '../../generated/prisma/enums';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Past its resolvable-by date and still OPEN on `asOf`. Days are whole: a claim resolvable by
 * the 1st is overdue from the 2nd, whatever the hour `asOf` carries (the SQL compares dates).
 * `verdict` is the verdict in force on `asOf` (currentVerdict).
 */
export function isOverdue(claim: { resolvableBy: Date | null }, verdict: Verdict, asOf: Date): boolean {
  return claim.resolvableBy !== null && claim.resolvableBy.getTime() < startOfUtcDay(asOf).getTime() && verdict === 'OPEN';
}

function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}
