// Creating claims (with their first appearance, in one transaction) and editing them.
import { addAppearanceIn } from '../appearances/writes';
import { parseInput } from '../shared/errors';
import { recordRevision } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { requireVisible } from '../shared/visible';
import { claimInput, claimUpdate, type ClaimInput, type ClaimUpdate } from './inputs';

export async function createClaim(ctx: WriteContext, input: ClaimInput) {
  const { claimed, resolvableBy, claimantIds, subjectIds, appearance, ...data } = parseInput(claimInput, input);
  return transaction(ctx.prisma, async (tx) => {
    await requireVisible(tx, 'Actor', 'claimantIds', claimantIds);
    await requireVisible(tx, 'Actor', 'subjectIds', subjectIds);
    const claim = await tx.claim.create({
      data: {
        ...data,
        claimedOn: claimed.start,
        claimedPrecision: claimed.precision,
        resolvableBy: resolvableBy?.start ?? null,
        actors: {
          create: [
            ...[...new Set(claimantIds)].map((actorId, position) => ({ actorId, role: 'CLAIMANT' as const, position })),
            ...[...new Set(subjectIds)].map((actorId, position) => ({ actorId, role: 'SUBJECT' as const, position })),
          ],
        },
      },
      include: { actors: true },
    });
    await recordRevision(tx, { entityType: 'Claim', entityId: claim.id, action: 'CREATE', after: claim, actor: ctx.actor });
    const appeared = appearance ? await addAppearanceIn(tx, ctx.actor, { ...appearance, claimId: claim.id }, 'appearance') : null;
    return { ...claim, appearances: appeared ? [appeared] : [] };
  });
}

/** Edits a claim. Claimants and subjects, when given, replace the current ones in the given order. */
export async function updateClaim(ctx: WriteContext, input: ClaimUpdate) {
  const { id, version, claimed, resolvableBy, claimantIds, subjectIds, ...data } = parseUpdate(claimUpdate, input);
  const sets = [
    { role: 'CLAIMANT', field: 'claimantIds', ids: claimantIds },
    { role: 'SUBJECT', field: 'subjectIds', ids: subjectIds },
  ] as const;
  return applyVersioned(ctx, {
    entity: 'Claim',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.claim.findUnique({ where: { id }, include: { actors: { orderBy: [{ role: 'asc' }, { position: 'asc' }] } } }),
    check: async (tx) => {
      for (const { field, ids } of sets) if (ids) await requireVisible(tx, 'Actor', field, ids);
    },
    write: (tx, where) =>
      tx.claim.updateMany({
        where,
        data: {
          ...data,
          ...(claimed ? { claimedOn: claimed.start, claimedPrecision: claimed.precision } : {}),
          ...(resolvableBy !== undefined ? { resolvableBy: resolvableBy?.start ?? null } : {}),
          ...NEXT_VERSION,
        },
      }),
    then: async (tx) => {
      for (const { role, ids } of sets) {
        if (!ids) continue;
        await tx.claimActor.deleteMany({ where: { claimId: id, role } });
        await tx.claimActor.createMany({ data: [...new Set(ids)].map((actorId, position) => ({ claimId: id, actorId, role, position })) });
      }
    },
  });
}
