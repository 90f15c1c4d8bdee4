// What appearance writes accept: the anchor in the report's words and the attribution chain.
import { z } from 'zod';
import { InformationCredibility } from '../../generated/prisma/enums';
import { optionalText, storableString, uuid, versionRef } from '../shared/inputs';

/** Where the words are: the exact quote and either its offsets or enough context to find it once. */
export const anchorInput = z.object({
  exact: storableString().min(1, 'must not be empty').max(20_000),
  prefix: storableString().max(1000).optional(),
  suffix: storableString().max(1000).optional(),
  start: z.number().int().min(0, 'must not be negative').optional(),
  end: z.number().int().min(1).optional(),
});

export const chainLinkInput = z
  .object({ sourceId: uuid.optional().nullable(), actorId: uuid.optional().nullable(), relation: optionalText(200) })
  .refine((link) => Boolean(link.sourceId) !== Boolean(link.actorId), {
    message: 'each link names exactly one of sourceId and actorId',
  });

export const appearanceInput = z.object({
  claimId: uuid,
  reportId: uuid,
  anchor: anchorInput,
  chain: z.array(chainLinkInput).max(20).default([]),
  credibility: z.enum(InformationCredibility).optional().nullable(),
  translation: optionalText(20_000),
});

export const appearanceUpdate = z.object({
  ...versionRef,
  credibility: z.enum(InformationCredibility).optional().nullable(),
  translation: optionalText(20_000),
  /** When given, replaces the whole attribution chain. */
  chain: z.array(chainLinkInput).max(20).optional(),
  /** When given, the quote is placed anew in the same report body, by the rules of addAppearance. */
  anchor: anchorInput.optional(),
});

export type AnchorInput = z.input<typeof anchorInput>;
export type ChainLinkInput = z.output<typeof chainLinkInput>;
export type AppearanceInput = z.input<typeof appearanceInput>;
export type AppearanceUpdate = z.input<typeof appearanceUpdate>;
