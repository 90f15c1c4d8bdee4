// How each verdict is named and marked. The mark (icon) and the words always travel with the
// colour, so colour is never the only signal. OPEN and UNVERIFIABLE get neutral marks: they
// say nothing about whether a claim was right.
import type { Verdict } from '@claimgraph/sdk';

export interface VerdictStyle {
  label: string;
  icon: string;
  /** One sentence for the legend. */
  meaning: string;
}

export const VERDICTS: Record<Verdict, VerdictStyle> = {
  CONFIRMED: { label: 'Confirmed', icon: '✓', meaning: 'The record shows it was true.' },
  PARTLY_CONFIRMED: { label: 'Partly confirmed', icon: '◐', meaning: 'Some of it held, some did not or is not shown.' },
  REFUTED: { label: 'Refuted', icon: '✗', meaning: 'The record shows it was false.' },
  OPEN: { label: 'Open', icon: '?', meaning: 'Not settled yet.' },
  UNVERIFIABLE: { label: 'Unverifiable', icon: '∅', meaning: 'Cannot be settled either way; neither true nor false.' },
};

/** Settled first, then the non-verdicts. */
export const VERDICT_ORDER: Verdict[] = ['CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'OPEN', 'UNVERIFIABLE'];

/** A claim with no verdict recorded is open. */
export function verdictOf(value: Verdict | null | undefined): Verdict {
  return value ?? 'OPEN';
}
