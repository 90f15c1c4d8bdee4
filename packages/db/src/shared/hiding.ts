// Soft deletion. Hiding sets hiddenAt and never removes a row, so everything that points at it
// (appearances, chains, revisions) stays intact; unhiding restores it exactly. Resolutions cannot
// be hidden: a wrong verdict is corrected by a new resolution, never made to disappear.
import { parseInput } from './errors';
import { versionedRef, type VersionedRef } from './inputs';
import type { Tx } from './revisions';
import type { WriteContext } from './transaction';
import { applyVersioned, NEXT_VERSION, type VersionedEntity } from './versioned';

type Where = { id: string; version: number };
type Visibility = { hiddenAt: Date | null; version: { increment: number } };

/** hide and unhide for one entity, from its plain row and the conditional write of its visibility. */
function visibility<R extends { version: number; hiddenAt: Date | null }>(
  entity: VersionedEntity,
  read: (tx: Tx, id: string) => Promise<R | null>,
  write: (tx: Tx, where: Where, data: Visibility) => Promise<{ count: number }>,
) {
  const setHidden = (ctx: WriteContext, input: VersionedRef, hide: boolean) => {
    const { id, version } = parseInput(versionedRef, input);
    return applyVersioned(ctx, {
      entity,
      id,
      version,
      action: hide ? 'HIDE' : 'UNHIDE',
      read: (tx) => read(tx, id),
      write: (tx, where) => write(tx, where, { hiddenAt: hide ? new Date() : null, ...NEXT_VERSION }),
    });
  };
  return {
    hide: (ctx: WriteContext, input: VersionedRef) => setHidden(ctx, input, true),
    unhide: (ctx: WriteContext, input: VersionedRef) => setHidden(ctx, input, false),
  };
}

const report = visibility(
  'Report',
  (tx, id) => tx.report.findUnique({ where: { id }, omit: { body: true } }),
  (tx, where, data) => tx.report.updateMany({ where, data }),
);
const source = visibility(
  'Source',
  (tx, id) => tx.source.findUnique({ where: { id } }),
  (tx, where, data) => tx.source.updateMany({ where, data }),
);
const actor = visibility(
  'Actor',
  (tx, id) => tx.actor.findUnique({ where: { id } }),
  (tx, where, data) => tx.actor.updateMany({ where, data }),
);
const claim = visibility(
  'Claim',
  (tx, id) => tx.claim.findUnique({ where: { id } }),
  (tx, where, data) => tx.claim.updateMany({ where, data }),
);
const appearance = visibility(
  'Appearance',
  (tx, id) => tx.appearance.findUnique({ where: { id } }),
  (tx, where, data) => tx.appearance.updateMany({ where, data }),
);
const claimRelation = visibility(
  'ClaimRelation',
  (tx, id) => tx.claimRelation.findUnique({ where: { id } }),
  (tx, where, data) => tx.claimRelation.updateMany({ where, data }),
);

export const { hide: hideReport, unhide: unhideReport } = report;
export const { hide: hideSource, unhide: unhideSource } = source;
export const { hide: hideActor, unhide: unhideActor } = actor;
export const { hide: hideClaim, unhide: unhideClaim } = claim;
export const { hide: hideAppearance, unhide: unhideAppearance } = appearance;
export const { hide: hideClaimRelation, unhide: unhideClaimRelation } = claimRelation;
