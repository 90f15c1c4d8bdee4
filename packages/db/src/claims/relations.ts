// Relations between claims (the same claim, support, contradiction, refinement).
import { parseInput, ValidationError } from '../shared/errors';
import { recordRevision } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { requireVisible } from '../shared/visible';
import { claimRelationInput, claimRelationUpdate, type ClaimRelationInput, type ClaimRelationUpdate } from './inputs';

export async function relateClaims(ctx: WriteContext, input: ClaimRelationInput) {
  const data = parseInput(claimRelationInput, input);
  return transaction(ctx.prisma, async (tx) => {
    await requireVisible(tx, 'Claim', 'fromClaimId', [data.fromClaimId]);
    await requireVisible(tx, 'Claim', 'toClaimId', [data.toClaimId]);
    const existing = await tx.claimRelation.findUnique({
      where: { fromClaimId_toClaimId_kind: { fromClaimId: data.fromClaimId, toClaimId: data.toClaimId, kind: data.kind } },
    });
    if (existing) {
      throw new ValidationError([{ field: 'kind', message: `these claims are already related as ${data.kind}` }]);
    }
    const relation = await tx.claimRelation.create({ data: { ...data, createdBy: ctx.actor } });
    await recordRevision(tx, { entityType: 'ClaimRelation', entityId: relation.id, action: 'CREATE', after: relation, actor: ctx.actor });
    return relation;
  });
}

export async function updateClaimRelation(ctx: WriteContext, input: ClaimRelationUpdate) {
  const { id, version, ...data } = parseUpdate(claimRelationUpdate, input);
  return applyVersioned(ctx, {
    entity: 'ClaimRelation',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.claimRelation.findUnique({ where: { id } }),
    check: async (tx, before) => {
      if (!data.kind || data.kind === before.kind) return;
      const key = { fromClaimId: before.fromClaimId, toClaimId: before.toClaimId, kind: data.kind };
      const twin = await tx.claimRelation.findUnique({ where: { fromClaimId_toClaimId_kind: key }, select: { id: true } });
      if (twin)
        throw new ValidationError([{ field: 'kind', message: `these claims are already related as ${data.kind} (relation ${twin.id})` }]);
    },
    write: (tx, where) => tx.claimRelation.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
  });
}
