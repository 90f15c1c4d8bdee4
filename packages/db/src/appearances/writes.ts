// Appearances: a claim anchored in a report's words, with the attribution chain the report gives.
import { parseInput } from '../shared/errors';
import { recordRevision, type Tx } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { requireVisible } from '../shared/visible';
import type { Anchor } from './anchor';
import { appearanceInput, appearanceUpdate, type AppearanceInput, type AppearanceUpdate, type ChainLinkInput } from './inputs';
import { anchorInReport } from './placement';

/** Anchors a claim in a report's words and records the attribution chain the report gives. */
export async function addAppearance(ctx: WriteContext, input: AppearanceInput) {
  const data = parseInput(appearanceInput, input);
  return transaction(ctx.prisma, (tx) => addAppearanceIn(tx, ctx.actor, data));
}

/** `field` is where the appearance sits in the caller's input ('' when it is the input), for error paths. */
export async function addAppearanceIn(tx: Tx, actor: string, input: AppearanceInput, field = '') {
  const { claimId, reportId, anchor: anchorRequest, chain, ...rest } = parseInput(appearanceInput, input);
  await requireVisible(tx, 'Claim', 'claimId', [claimId]);
  const anchor = await anchorInReport(tx, reportId, anchorRequest, { field });
  await requireChainVisible(tx, chain);
  const appearance = await tx.appearance.create({
    data: { ...rest, ...anchor, claimId, reportId, chain: { create: chainRows(chain) } },
    include: { chain: { orderBy: { position: 'asc' } } },
  });
  await recordRevision(tx, { entityType: 'Appearance', entityId: appearance.id, action: 'CREATE', after: appearance, actor });
  return appearance;
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
      if (chain) await requireChainVisible(tx, chain);
      // The appearance's own report, hidden or not: the anchor moves within the words it has.
      if (anchorRequest)
        anchor = await anchorInReport(tx, before.reportId, anchorRequest, { field: '', reportField: 'anchor', includeHidden: true });
    },
    write: (tx, where) => tx.appearance.updateMany({ where, data: { ...data, ...anchor, ...NEXT_VERSION } }),
    then: async (tx) => {
      if (!chain) return;
      await tx.attributionLink.deleteMany({ where: { appearanceId: id } });
      await tx.attributionLink.createMany({ data: chainRows(chain).map((link) => ({ ...link, appearanceId: id })) });
    },
  });
}

async function requireChainVisible(tx: Tx, chain: ChainLinkInput[]): Promise<void> {
  await requireVisible(
    tx,
    'Source',
    'chain.sourceId',
    chain.map((link) => link.sourceId),
  );
  await requireVisible(
    tx,
    'Actor',
    'chain.actorId',
    chain.map((link) => link.actorId),
  );
}

/** The chain as stored: positions from 1 (the report's own words) back to the origin. */
function chainRows(chain: ChainLinkInput[]) {
  return chain.map((link, index) => ({
    position: index + 1,
    sourceId: link.sourceId ?? null,
    actorId: link.actorId ?? null,
    relation: link.relation ?? null,
  }));
}
