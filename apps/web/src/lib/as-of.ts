// The "as of" day travels in the URL (?asOf=2022-10-01) so that a view of the past can be shared.

import { isDay } from '@claimgraph/dates';

export type AsOf = { kind: 'today' } | { kind: 'day'; day: string } | { kind: 'invalid'; input: string };

/**
 * Reads `?asOf=`: absent or empty means today; anything the API's Date would refuse (the one day
 * parser, @claimgraph/dates, decides) is invalid and never sent.
 */
export function parseAsOf(value: string | string[] | undefined): AsOf {
  const input = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  if (input === '') return { kind: 'today' };
  return isDay(input) ? { kind: 'day', day: input } : { kind: 'invalid', input };
}

/** The day to ask the API about, or undefined for today. */
export function asOfDay(asOf: AsOf): string | undefined {
  return asOf.kind === 'day' ? asOf.day : undefined;
}
