// The "as of" day travels in the URL (?asOf=2022-10-01) so that a view of the past can be shared.

export type AsOf =
  | { kind: 'today' }
  | { kind: 'day'; day: string }
  | { kind: 'invalid'; input: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `?asOf=`: absent or empty means today; anything but a real calendar day is invalid. */
export function parseAsOf(value: string | string[] | undefined): AsOf {
  const input = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  if (input === '') return { kind: 'today' };
  const match = DAY.exec(input);
  if (!match) return { kind: 'invalid', input };
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? { kind: 'day', day: input } : { kind: 'invalid', input };
}

/** The day to ask the API about, or undefined for today. */
export function asOfDay(asOf: AsOf): string | undefined {
  return asOf.kind === 'day' ? asOf.day : undefined;
}

/** True when a partial date's first day (`start`) is on or before the day asked about. */
export function knownBy(start: string | null | undefined, asOf: AsOf): boolean {
  return asOf.kind !== 'day' || !start || start <= asOf.day;
}
