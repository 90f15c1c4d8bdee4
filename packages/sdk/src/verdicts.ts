// What a verdict says about a claim, for readers that must decide by it (a ClaimReview, a track
// record): the API's contract describes OPEN and UNVERIFIABLE as saying nothing either way.
import type { Verdict } from './generated/graphql.js';

/** The verdicts that say whether the claim was right. */
export type SettledVerdict = Extract<Verdict, 'CONFIRMED' | 'PARTLY_CONFIRMED' | 'REFUTED'>;

/** True for a verdict that says whether the claim was right; OPEN and UNVERIFIABLE never count as either. */
export function isSettled(verdict: Verdict): verdict is SettledVerdict {
  return verdict === 'CONFIRMED' || verdict === 'PARTLY_CONFIRMED' || verdict === 'REFUTED';
}
