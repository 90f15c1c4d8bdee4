// When an appearance is known. ClaimGraph answers "as of" a day with what had been published by
// then, so an appearance exists on a day once the report carrying it was published.
//
// Dates are stored as days (UTC midnight) and a partial date as its first day, so a report of
// "2022-09" is known from 1 September: the benefit of the doubt goes to the report. The same
// rule in Prisma's terms is `knownReportWhere`.
import type { Prisma } from '../../generated/prisma/client';

interface Published {
  report: { publishedOn: Date };
}

/** True when the report carrying it was published on or before `asOf`; without `asOf`, always. */
export function knownBy(appearance: Published, asOf?: Date): boolean {
  return !asOf || appearance.report.publishedOn.getTime() <= asOf.getTime();
}

/** The appearances known on `asOf`, earliest report first (ties by id, so the order is stable). */
export function knownAppearances<A extends Published & { id: string }>(appearances: readonly A[], asOf?: Date): A[] {
  return appearances.filter((a) => knownBy(a, asOf)).sort(byPublication);
}

/** `knownBy` in Prisma's terms, on the report: visible, and published by `asOf`. */
export function knownReportWhere(asOf?: Date): Prisma.ReportWhereInput {
  return { hiddenAt: null, ...(asOf ? { publishedOn: { lte: asOf } } : {}) };
}

function byPublication(a: Published & { id: string }, b: Published & { id: string }): number {
  return a.report.publishedOn.getTime() - b.report.publishedOn.getTime() || a.id.localeCompare(b.id);
}
