// Edits of claims, their appearances and the relations between them. Resolutions have none: they
// are an append-only log, corrected by recording a new resolution (recordResolution's correctsId).
import { AnchorError, locateAnchor, type Anchor } from '../domain/anchor';
import { NotFoundError, ValidationError } from './errors';
import {
  appearanceUpdate,
  claimRelationUpdate,
  claimUpdate,
  type AnchorInput,
  type AppearanceUpdate,
  type ClaimRelationUpdate,
  type ClaimUpdate,
} from './inputs';
import { requireAll, type WriteContext } from './common';
import type { Tx } from './revision';
import { applyVersioned, NEXT_VERSION, parseUpdate } from './versioned';

const visible = (tx: Tx, model: 'actor' | 'source') => (ids: string[]) =>
  model === 'actor'
    ? tx.actor.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } })
    : tx.source.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } });

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
      for (const { field, ids } of sets) if (ids) await requireAll('Actor', field, ids, visible(tx, 'actor'));
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

/**
 * Edits an appearance. A new anchor is placed in the same report body by the same rules as
 * addAppearance (exact offsets, or one unambiguous occurrence): it is never guessed. A chain,
 * when given, replaces the whole chain.
 */
export async function updateAppearance(ctx: WriteContext, input: AppearanceUpdate) {
  const { id, version, chain, anchor: anchorRequest, ...data } = parseUpdate(appearanceUpdate, input);
  let anchor: Anchor | undefined;
  return applyVersioned(ctx, {
    entity: 'Appearance',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.appearance.findUnique({ where: { id }, include: { chain: { orderBy: { position: 'asc' } } } }),
    check: async (tx, before) => {
      if (chain) {
        await requireAll('Source', 'chain.sourceId', chain.flatMap((l) => (l.sourceId ? [l.sourceId] : [])), visible(tx, 'source'));
        await requireAll('Actor', 'chain.actorId', chain.flatMap((l) => (l.actorId ? [l.actorId] : [])), visible(tx, 'actor'));
      }
      if (anchorRequest) anchor = await placeAnchor(tx, before.reportId, anchorRequest);
    },
    write: (tx, where) => tx.appearance.updateMany({ where, data: { ...data, ...anchor, ...NEXT_VERSION } }),
    then: async (tx) => {
      if (!chain) return;
      await tx.attributionLink.deleteMany({ where: { appearanceId: id } });
      await tx.attributionLink.createMany({
        data: chain.map((link, index) => ({
          appearanceId: id,
          position: index + 1,
          sourceId: link.sourceId ?? null,
          actorId: link.actorId ?? null,
          relation: link.relation ?? null,
        })),
      });
    },
  });
}

/** Places an anchor in the report the appearance already belongs to (hidden or not). */
async function placeAnchor(tx: Tx, reportId: string, request: AnchorInput): Promise<Anchor> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { body: true } });
  if (!report) throw new NotFoundError('Report', reportId, 'anchor');
  try {
    return locateAnchor(report.body, request);
  } catch (error) {
    if (error instanceof AnchorError) throw new ValidationError([{ field: `anchor.${error.field}`, message: error.message }]);
    throw error;
  }
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
      if (twin) throw new ValidationError([{ field: 'kind', message: `these claims are already related as ${data.kind} (relation ${twin.id})` }]);
    },
    write: (tx, where) => tx.claimRelation.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
  });
}
