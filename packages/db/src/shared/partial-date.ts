// Dates as sources give them: "2022", "2022-09", "2022-09-22". A partial date is stored as the
// first day of its period together with its precision, and is never shown more precise than it is.
import { parsePartialDate as parseDate, startOfDayUtc } from '@claimgraph/dates';
import type { DatePrecision } from '../../generated/prisma/enums';

export interface PartialDate {
  /** First day of the period, as a UTC midnight. */
  start: Date;
  precision: DatePrecision;
}

/**
 * What a date is, the one date parser (@claimgraph/dates) decides; here it becomes a stored one.
 * Spaces around it are forgiven, as sources and forms add them.
 */
export function parsePartialDate(text: string): PartialDate {
  const { start, precision } = parseDate(text.trim());
  return { start: startOfDayUtc(start), precision };
}

export function formatPartialDate({ start, precision }: PartialDate): string {
  const iso = start.toISOString().slice(0, 10);
  return precision === 'DAY' ? iso : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The day after the period ends (exclusive bound). */
export function partialDateEnd({ start, precision }: PartialDate): Date {
  const end = new Date(start);
  if (precision === 'DAY') end.setUTCDate(end.getUTCDate() + 1);
  else if (precision === 'MONTH') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end;
}
