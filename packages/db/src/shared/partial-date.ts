// Dates as sources give them: "2022", "2022-09", "2022-09-22". A partial date is stored as the
// first day of its period together with its precision, and is never shown more precise than it is.
import type { DatePrecision } from '../../generated/prisma/enums';

export interface PartialDate {
  /** First day of the period, as a UTC midnight. */
  start: Date;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class PartialDateError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
    this.name = 'PartialDateError';
  }
}

export function parsePartialDate(text: string): PartialDate {
  const match = PATTERN.exec(text.trim());
  if (!match) throw new PartialDateError(text);
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
    throw new PartialDateError(text);
  }
  return { start, precision: d !== undefined ? 'DAY' : m !== undefined ? 'MONTH' : 'YEAR' };
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
