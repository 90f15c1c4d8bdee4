// What actor writes accept: the actor, its aliases, merges and distinctions.
import { z } from 'zod';
import { ActorKind } from '../../generated/prisma/enums';
import { countryCode, languageTag, optionalText, slug, text, uuid, versionRef } from '../shared/inputs';

export const aliasInput = z.object({ name: text(300), language: languageTag.optional().nullable() });

export const actorInput = z.object({
  /** A caller-chosen id, for the sample data's stable ids; everyone else lets the database choose. */
  id: uuid.optional(),
  slug: slug.optional(),
  name: text(300),
  kind: z.enum(ActorKind),
  countryCode: countryCode.optional().nullable(),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q423"')
    .optional()
    .nullable(),
  description: optionalText(5000),
  aliases: z.array(aliasInput).max(200).default([]),
  /** Accept names that other actors already go by (the aliases are then marked shared). */
  allowShared: z.boolean().default(false),
});

export const actorUpdate = z.object({
  ...versionRef,
  name: text(300).optional(),
  kind: z.enum(ActorKind).optional(),
  countryCode: countryCode.optional().nullable(),
  wikidataId: actorInput.shape.wikidataId,
  description: optionalText(5000),
});

export const actorAliasInput = z.object({
  actorId: uuid,
  name: text(300),
  language: languageTag.optional().nullable(),
  /** Knowingly give this actor a name another actor already goes by. */
  allowShared: z.boolean().default(false),
});

export const actorAliasRef = z.object({ aliasId: uuid });

export const actorMergeInput = z
  .object({ survivorId: uuid, mergedId: uuid, reason: text(2000) })
  .refine((m) => m.survivorId !== m.mergedId, { message: 'an actor cannot be merged into itself', path: ['mergedId'] });

export const actorUnmergeInput = z.object({ mergeId: uuid });

export const actorDistinctionInput = z
  .object({ actorAId: uuid, actorBId: uuid, reason: text(2000) })
  .refine((d) => d.actorAId !== d.actorBId, { message: 'an actor cannot be distinguished from itself', path: ['actorBId'] });

export type ActorInput = z.input<typeof actorInput>;
export type ActorUpdate = z.input<typeof actorUpdate>;
export type ActorAliasInput = z.input<typeof actorAliasInput>;
export type ActorAliasRef = z.input<typeof actorAliasRef>;
export type ActorMergeInput = z.input<typeof actorMergeInput>;
export type ActorUnmergeInput = z.input<typeof actorUnmergeInput>;
export type ActorDistinctionInput = z.input<typeof actorDistinctionInput>;
