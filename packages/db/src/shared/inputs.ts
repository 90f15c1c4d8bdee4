// The pieces every entity's inputs are built from (each entity's own schemas are in its
// inputs.ts): storable text, ids, dates, language tags, links, and the version an update read.
import { z } from 'zod';
import { InvalidDateError } from '@claimgraph/dates';
import { parsePartialDate } from './partial-date';

export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';
const withoutNul = (value: string) => !value.includes('\u0000');

/** A string PostgreSQL can store: text cannot hold the NUL character. */
export const storableString = () => z.string().refine(withoutNul, NUL_MESSAGE);

export const text = (max: number) => storableString().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => storableString().trim().max(max, `must be at most ${max} characters`).optional().nullable();
export const uuid = z.uuid('must be an id');

/** A uuid's text, any version (ids given out by the API, database keys): the one pattern every part checks ids with. */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');
export const isUuid = (text: string): boolean => UUID.test(text);

export const partialDate = z.string().transform((value, ctx) => {
  try {
    return parsePartialDate(value);
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

/** BCP 47 language tag, e.g. "de", "en-GB", "zh-Hant". */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "de" or "en-GB"');

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KP"');

/** A slug given by the caller: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

// Links are shown to readers: only web addresses, never `javascript:` or `data:` ones.
export const url = z
  .url({
    protocol: z.regexes.httpProtocol,
    error: 'must be an absolute URL starting with http:// or https://, such as "https://example.org/report"',
  })
  .refine(withoutNul, NUL_MESSAGE);

// Updates: every field optional (absent = unchanged, null = cleared where the column allows it),
// no defaults (a default would silently reset a field the caller did not name), and the version
// the caller read, so that a change made by someone else in between is refused, not overwritten.

export const versionRef = { id: uuid, version: z.number().int('must be a whole number').min(1, 'must be at least 1') };

/** A row and the version the caller read: what hide and unhide take. */
export const versionedRef = z.object(versionRef);
export type VersionedRef = z.input<typeof versionedRef>;
