// The dates a resolution must respect, as plain comparisons of partial dates.
//
// A partial date is a period ("2022-09" is the whole of September), so "before" has to say what
// it does with overlap. Here an earlier date must be certain: one period is before another only
// when it ends before the other starts. Periods that overlap are given the benefit of the doubt
// (a verdict of 2022-09 on a claim of 2022-09-05 may well be from the 20th), whatever their
// precisions.
import { formatPartialDate, partialDateEnd, type PartialDate } from '../shared/partial-date';

/** True when the whole of `a` lies before the whole of `b`. */
export function certainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return partialDateEnd(a).getTime() <= b.start.getTime();
}

/** Why a verdict effective on `effective` cannot judge a claim made on `claimed`; null when it can. */
export function verdictBeforeClaim(effective: PartialDate, claimed: PartialDate): string | null {
  if (!certainlyBefore(effective, claimed)) return null;
  return `the verdict takes effect on ${formatPartialDate(effective)}, before the claim was made (${formatPartialDate(claimed)})`;
}

/**
 * Why a report published on `published` cannot be evidence for a verdict effective on
 * `effective`; null when it can. A verdict rests on what was known when it took effect.
 */
export function evidenceAfterVerdict(published: PartialDate, effective: PartialDate): string | null {
  if (!certainlyBefore(effective, published)) return null;
  return `the report was published on ${formatPartialDate(published)}, after the verdict takes effect (${formatPartialDate(effective)}): evidence must be known by then`;
}
