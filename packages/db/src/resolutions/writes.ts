// Resolutions: an append-only log of dated verdicts with anchored evidence.
import { anchorInReport } from '../appearances/placement';
import { parseInput, ValidationError } from '../shared/errors';
import { recordRevision } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { requireVisible } from '../shared/visible';
import { resolutionInput, type ResolutionInput } from './inputs';
import { evidenceAfterVerdict, verdictBeforeClaim } from './rules';

/**
 * Appends a dated verdict to a claim's log. Nothing is ever overwritten: a correction is a new
 * resolution naming the one it corrects.
 */
export async function recordResolution(ctx: WriteContext, input: ResolutionInput) {
  const { claimId, effective, evidence, correctsId, ...data } = parseInput(resolutionInput, input);
  return transaction(ctx.prisma, async (tx) => {
    await requireVisible(tx, 'Claim', 'claimId', [claimId]);
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { claimedOn: true, claimedPrecision: true } });
    const early = verdictBeforeClaim(effective, { start: claim.claimedOn, precision: claim.claimedPrecision });
    if (early) throw new ValidationError([{ field: 'effective', message: early }]);
    if (correctsId) {
      const corrected = await tx.resolution.findUnique({ where: { id: correctsId }, include: { correctedBy: { select: { id: true } } } });
      if (!corrected || corrected.claimId !== claimId) {
        throw new ValidationError([{ field: 'correctsId', message: 'must name a resolution of the same claim' }]);
      }
      if (corrected.correctedBy) {
        throw new ValidationError([
          {
            field: 'correctsId',
            message: `that resolution was already corrected by ${corrected.correctedBy.id}: correct that one instead`,
          },
        ]);
      }
    }
    const anchors = [];
    for (const [index, item] of evidence.entries()) {
      anchors.push({
        reportId: item.reportId,
        position: index,
        ...(await anchorInReport(tx, item.reportId, item.anchor, { field: `evidence.${index}` })),
      });
    }
    const reports = await tx.report.findMany({
      where: { id: { in: evidence.map((item) => item.reportId) } },
      select: { id: true, publishedOn: true, publishedPrecision: true },
    });
    const published = new Map(reports.map((r) => [r.id, { start: r.publishedOn, precision: r.publishedPrecision }]));
    const late = evidence.flatMap((item, index) => {
      const message = evidenceAfterVerdict(published.get(item.reportId)!, effective);
      return message ? [{ field: `evidence.${index}.reportId`, message: `report ${item.reportId}: ${message}` }] : [];
    });
    if (late.length > 0) throw new ValidationError(late);
    const resolution = await tx.resolution.create({
      data: {
        ...data,
        claimId,
        correctsId: correctsId ?? null,
        effectiveOn: effective.start,
        effectivePrecision: effective.precision,
        recordedBy: ctx.actor,
        evidence: { create: anchors },
      },
      include: { evidence: { orderBy: { position: 'asc' } } },
    });
    await recordRevision(tx, { entityType: 'Resolution', entityId: resolution.id, action: 'CREATE', after: resolution, actor: ctx.actor });
    return resolution;
  });
}
