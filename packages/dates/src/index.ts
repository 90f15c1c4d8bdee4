// What a valid day is, once, for the API's Date scalar, the data layer's partial dates and the
// reader's ?asOf=. Days are written YYYY-MM-DD and must exist on the calendar: 2022-02-31 is
// refused, never rolled over into March. Input is taken as given (callers that tolerate
// surrounding spaces trim first), so trailing junk is refused too.
import { isExists } from 'date-fns';

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date as precise as it is known, with the first day of its period. */
export interface ParsedDate {
  precision: DatePrecision;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_OR_MONTH = /^(\d{4})(?:-(\d{2}))?$/;

/** Why a text is not a date; the message says which forms the field takes. */
export class InvalidDateError extends Error {
  constructor(
    readonly input: string,
    accepts: string,
  ) {
    super(`${JSON.stringify(input)} is not a date: use ${accepts}`);
    this.name = 'InvalidDateError';
  }
}

const A_DAY = 'a calendar day as YYYY-MM-DD';
const A_PARTIAL_DATE = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** The day, unchanged, if `text` is a calendar day as YYYY-MM-DD; otherwise throws InvalidDateError. */
export function parseDay(text: string): string {
  const match = DAY.exec(text);
  // date-fns counts months from 0; a month or day out of range does not exist either.
  if (!match || !isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) throw new InvalidDateError(text, A_DAY);
  return text;
}

/** Whether `text` is a calendar day as YYYY-MM-DD. */
export function isDay(text: string): boolean {
  try {
    parseDay(text);
    return true;
  } catch (error) {
    if (error instanceof InvalidDateError) return false;
    throw error;
  }
}

/**
 * A date as sources give it: "2022", "2022-09" or "2022-09-22". Something shaped like a day is
 * judged as a day (with the day's message), so every field refuses 2022-02-31 in the same words.
 */
export function parsePartialDate(text: string): ParsedDate {
  if (DAY.test(text)) return { precision: 'DAY', start: parseDay(text) };
  const match = YEAR_OR_MONTH.exec(text);
  if (!match) throw new InvalidDateError(text, A_PARTIAL_DATE);
  const [, year, month] = match;
  const start = `${year}-${month ?? '01'}-01`;
  if (!isDay(start)) throw new InvalidDateError(text, A_PARTIAL_DATE);
  return { precision: month === undefined ? 'YEAR' : 'MONTH', start };
}

/** The instant a day starts in UTC, which is how days are stored and compared. */
export function startOfDayUtc(day: string): Date {
  return new Date(`${parseDay(day)}T00:00:00.000Z`);
}
