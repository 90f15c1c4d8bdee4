// What a report write accepts.
import { z } from 'zod';
import { languageTag, partialDate, storableString, text, url, uuid, versionRef } from '../shared/inputs';

export const reportInput = z.object({
  /** A caller-chosen id, for the sample data's stable ids; everyone else lets the database choose. */
  id: uuid.optional(),
  title: text(1000),
  body: storableString().min(1, 'must not be empty').max(2_000_000, 'must be at most 2,000,000 characters'),
  language: languageTag,
  published: partialDate,
  url: url.optional().nullable(),
  alternateUrls: z.array(url).max(50).default([]),
  publisherId: uuid.optional().nullable(),
  isSummary: z.boolean().default(false),
  previousVersionId: uuid.optional().nullable(),
});

export const reportUpdate = z.object({
  ...versionRef,
  title: text(1000).optional(),
  language: languageTag.optional(),
  published: partialDate.optional(),
  url: url.optional().nullable(),
  alternateUrls: z.array(url).max(50).optional(),
  publisherId: uuid.optional().nullable(),
  isSummary: z.boolean().optional(),
  body: z.undefined('is never edited: store the changed text as a new report whose previousVersionId is this one').optional(),
});

export type ReportInput = z.input<typeof reportInput>;
export type ReportUpdate = z.input<typeof reportUpdate>;
