// What a resolution accepts: a dated verdict with anchored evidence.
import { z } from 'zod';
import { Verdict } from '../../generated/prisma/enums';
import { anchorInput } from '../appearances/inputs';
import { optionalText, partialDate, text, uuid } from '../shared/inputs';

export const evidenceInput = z.object({ reportId: uuid, anchor: anchorInput });

export const resolutionInput = z
  .object({
    claimId: uuid,
    verdict: z.enum(Verdict),
    effective: partialDate,
    rationale: text(10_000),
    originalLabel: optionalText(200),
    correctsId: uuid.optional().nullable(),
    evidence: z.array(evidenceInput).max(50).default([]),
  })
  // A publisher's label is its judgement; OPEN says that nobody has judged the claim yet.
  .refine((r) => r.verdict !== 'OPEN' || !r.originalLabel, {
    message: "an OPEN verdict has no publisher's label: OPEN means the claim is not judged yet",
    path: ['originalLabel'],
  });

export type ResolutionInput = z.input<typeof resolutionInput>;
