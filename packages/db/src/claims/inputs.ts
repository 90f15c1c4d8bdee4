// What claim writes accept, and the relations between claims.
import { z } from 'zod';
import { ClaimKind, ClaimRelationKind, InformationCredibility } from '../../generated/prisma/enums';
import { appearanceInput } from '../appearances/inputs';
import { optionalText, partialDate, text, uuid, versionRef } from '../shared/inputs';

export const claimInput = z.object({
  /** A caller-chosen id, for the sample data's stable ids; everyone else lets the database choose. */
  id: uuid.optional(),
  statement: text(2000),
  kind: z.enum(ClaimKind),
  claimed: partialDate,
  credibility: z.enum(InformationCredibility).default('CANNOT_BE_JUDGED'),
  claimantIds: z.array(uuid).max(50).default([]),
  subjectIds: z.array(uuid).max(50).default([]),
  resolutionCriteria: optionalText(5000),
  resolvableBy: partialDate.optional().nullable(),
  /** Where the claim appears, stored in the same transaction: a claim and its anchor, or neither. */
  appearance: appearanceInput.omit({ claimId: true }).optional(),
});

export const claimUpdate = z.object({
  ...versionRef,
  statement: text(2000).optional(),
  kind: z.enum(ClaimKind).optional(),
  claimed: partialDate.optional(),
  credibility: z.enum(InformationCredibility).optional(),
  resolutionCriteria: optionalText(5000),
  resolvableBy: partialDate.optional().nullable(),
  /** When given, replaces the claimants (in this order). */
  claimantIds: z.array(uuid).max(50).optional(),
  /** When given, replaces the subjects (in this order). */
  subjectIds: z.array(uuid).max(50).optional(),
});

export const claimRelationInput = z
  .object({ fromClaimId: uuid, toClaimId: uuid, kind: z.enum(ClaimRelationKind), note: optionalText(5000) })
  .refine((r) => r.fromClaimId !== r.toClaimId, { message: 'a claim cannot be related to itself', path: ['toClaimId'] });

export const claimRelationUpdate = z.object({
  ...versionRef,
  kind: z.enum(ClaimRelationKind).optional(),
  note: optionalText(5000),
});

export type ClaimInput = z.input<typeof claimInput>;
export type ClaimUpdate = z.input<typeof claimUpdate>;
export type ClaimRelationInput = z.input<typeof claimRelationInput>;
export type ClaimRelationUpdate = z.input<typeof claimRelationUpdate>;
