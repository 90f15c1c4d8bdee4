// How claims are found: the filters an analyst uses, as one Prisma `where`, plus the one filter
// Prisma cannot express — the verdict in force on a date, read off the append-only log.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { Verdict } from '../../generated/prisma/enums';
import { knownReportWhere } from '../appearances/rules';
import { likeLiteral } from '../shared/like';

export interface ClaimFilter {
  /** Current verdict at asOf (a claim with no resolution in force is OPEN). */
  verdicts?: Verdict[];
  /** Actors who made the claim (merged actors included by the caller). */
  claimantIds?: string[];
  /** Actors the claim is about. */
  subjectIds?: string[];
  /** Sources anywhere in an attribution chain of the claim. */
  sourceIds?: string[];
  /** BCP 47 tag; matches reports in that language or a sub-tag of it ("de" matches "de-AT"). */
  language?: string;
  claimedFrom?: Date;
  claimedTo?: Date;
  /** Past its resolvable-by date and still OPEN at asOf. */
  overdue?: boolean;
}

/** The Prisma `where` for a filter's plain conditions (not `verdicts`, not `overdue`: claimPageIds applies those), on claims known on `asOf`. */
export function claimFilterWhere(filter: ClaimFilter, asOf?: Date): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [{ hiddenAt: null }];
  if (asOf) and.push({ claimedOn: { lte: asOf } });
  if (filter.claimedFrom) and.push({ claimedOn: { gte: filter.claimedFrom } });
  if (filter.claimedTo) and.push({ claimedOn: { lte: filter.claimedTo } });
  if (filter.claimantIds?.length) and.push({ actors: { some: { role: 'CLAIMANT', actorId: { in: filter.claimantIds } } } });
  if (filter.subjectIds?.length) and.push({ actors: { some: { role: 'SUBJECT', actorId: { in: filter.subjectIds } } } });
  const visibleReport = knownReportWhere(asOf);
  if (filter.sourceIds?.length) {
    and.push({ appearances: { some: { hiddenAt: null, report: visibleReport, chain: { some: { sourceId: { in: filter.sourceIds } } } } } });
  }
  if (filter.language) {
    const tag = filter.language;
    and.push({
      appearances: {
        some: {
          hiddenAt: null,
          report: {
            ...visibleReport,
            OR: [
              { language: { equals: likeLiteral(tag), mode: 'insensitive' } },
              { language: { startsWith: `${likeLiteral(tag)}-`, mode: 'insensitive' } },
            ],
          },
        },
      },
    });
  }
  return { AND: and };
}

/**
 * Ids of the `first` claims known on `asOf` (default today) whose verdict in force then is not
 * OPEN, the one whose verdict took effect last first (ties: recorded last, then by id).
 */
export async function recentlyResolvedClaimIds(prisma: PrismaClient, options: { first: number; asOf?: Date }): Promise<string[]> {
  const day = options.asOf ?? new Date();
  // As claimFilterWhere: on a day, only claims made by then; today, every claim.
  const known = options.asOf ? Prisma.sql`AND p."claimedOn" <= ${options.asOf}::date` : Prisma.empty;
  // The periods (migration verdict_periods) name the resolution in force over them; the index
  // cg_verdict_period_settled_idx holds the settled ones in this order.
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p."claimId"::text AS id
    FROM "cg_verdict_period" p
    WHERE p."claimVisible" AND p.verdict <> 'OPEN'
      AND p."validFrom" <= ${day}::date AND (p."validTo" IS NULL OR p."validTo" > ${day}::date)
      ${known}
    ORDER BY p."effectiveOn" DESC, p."recordedAt" DESC, p."claimId" DESC
    LIMIT ${options.first}`;
  return rows.map((row) => row.id);
}

export const ClaimOrder = [{ claimedOn: 'desc' }, { id: 'desc' }] satisfies Prisma.ClaimOrderByWithRelationInput[];
