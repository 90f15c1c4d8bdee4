// What a source write accepts.
import { z } from 'zod';
import { SourceKind, SourceReliability } from '../../generated/prisma/enums';
import { countryCode, optionalText, slug, text, url, uuid, versionRef } from '../shared/inputs';

export const sourceInput = z.object({
  /** A caller-chosen id, for the sample data's stable ids; everyone else lets the database choose. */
  id: uuid.optional(),
  slug: slug.optional(),
  name: text(300),
  kind: z.enum(SourceKind),
  homepage: url.optional().nullable(),
  country: countryCode.optional().nullable(),
  reliability: z.enum(SourceReliability).default('F'),
  reliabilityNote: optionalText(2000),
  description: optionalText(5000),
});

export const sourceUpdate = z.object({
  ...versionRef,
  slug: sourceInput.shape.slug,
  name: text(300).optional(),
  kind: z.enum(SourceKind).optional(),
  homepage: url.optional().nullable(),
  country: countryCode.optional().nullable(),
  reliability: z.enum(SourceReliability).optional(),
  reliabilityNote: optionalText(2000),
  description: optionalText(5000),
});

export type SourceInput = z.input<typeof sourceInput>;
export type SourceUpdate = z.input<typeof sourceUpdate>;
