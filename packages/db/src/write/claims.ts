import { parseInput, ValidationError } from './errors';
import { appearanceInput, claimInput, claimRelationInput, type AppearanceInput, type ClaimInput, type ClaimRelationInput } from './inputs';
import { requireAll, transaction, type WriteContext } from './common';
import { anchorInReport } from './anchors';
import { recordRevision, type Tx } from './revision';

export async function createClaim(ctx: WriteContext, input: ClaimInput) {
  const { claimed, resolvableBy, claimantIds, subjectIds, appearance, ...data } = parseInput(claimInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const activeActors = (ids: string[]) => tx.actor.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } });
    await requireAll('Actor', 'claimantIds', claimantIds, activeActors);
    await requireAll('Actor', 'subjectIds', subjectIds, activeActors);
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

/** Anchors a claim in a report's words and records the attribution chain the report gives. */
export async function addAppearance(ctx: WriteContext, input: AppearanceInput) {
  const data = parseInput(appearanceInput, input);
  return transaction(ctx.prisma, (tx) => addAppearanceIn(tx, ctx.actor, data));
}

/** `field` is where the appearance sits in the caller's input ('' when it is the input), for error paths. */
export async function addAppearanceIn(tx: Tx, actor: string, input: AppearanceInput, field = '') {
  const { claimId, reportId, anchor: anchorRequest, chain, ...rest } = parseInput(appearanceInput, input);
  await requireAll('Claim', 'claimId', [claimId], (ids) => tx.claim.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } }));
  const anchor = await anchorInReport(tx, reportId, anchorRequest, field);
  await requireAll('Source', 'chain.sourceId', chain.flatMap((l) => (l.sourceId ? [l.sourceId] : [])), (ids) =>
    tx.source.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } }),
  );
  await requireAll('Actor', 'chain.actorId', chain.flatMap((l) => (l.actorId ? [l.actorId] : [])), (ids) =>
    tx.actor.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } }),
  );
  const appearance = await tx.appearance.create({
    data: {
      ...rest,
      ...anchor,
      claimId,
      reportId,
      chain: {
        create: chain.map((link, index) => ({
          position: index + 1,
          sourceId: link.sourceId ?? null,
          actorId: link.actorId ?? null,
          relation: link.relation ?? null,
        })),
      },
    },
    include: { chain: { orderBy: { position: 'asc' } } },
  });
  await recordRevision(tx, { entityType: 'Appearance', entityId: appearance.id, action: 'CREATE', after: appearance, actor });
  return appearance;
}

export async function relateClaims(ctx: WriteContext, input: ClaimRelationInput) {
  const data = parseInput(claimRelationInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const claims = (ids: string[]) => tx.claim.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } });
    await requireAll('Claim', 'fromClaimId', [data.fromClaimId], claims);
    await requireAll('Claim', 'toClaimId', [data.toClaimId], claims);
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
