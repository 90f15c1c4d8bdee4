// Reversible actor merges. A merge only points the merged actor at its survivor and logs it:
// claims, chain links and aliases keep naming the merged actor, and readers follow mergedIntoId
// (read/actors.ts). Undoing a merge is therefore exact: clear the pointer, and nothing else moved.
import type { Actor } from '../../generated/prisma/client';
import { NotFoundError, parseInput, ValidationError } from '../shared/errors';
import { recordRevision, type Tx } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { NEXT_VERSION } from '../shared/versioned';
import {
  actorDistinctionInput,
  actorMergeInput,
  actorUnmergeInput,
  type ActorDistinctionInput,
  type ActorMergeInput,
  type ActorUnmergeInput,
} from './inputs';
import { actorIdsMergedInto, resolveActorId } from './queries';

const label = (actor: Pick<Actor, 'id' | 'name'>) => `"${actor.name}" (${actor.id})`;
const day = (date: Date) => date.toISOString().slice(0, 10);
const refuse = (field: string, message: string) => new ValidationError([{ field, message }]);

/** Locks the actors' rows, in one order, so that concurrent merges cannot build a cycle. */
async function lockActors(tx: Tx, ids: string[]): Promise<void> {
  for (const id of [...ids].sort()) await tx.$executeRaw`SELECT 1 FROM "Actor" WHERE id = ${id}::uuid FOR UPDATE`;
}

async function findActor(tx: Tx, id: string, field: string): Promise<Actor> {
  const actor = await tx.actor.findUnique({ where: { id } });
  if (!actor) throw new NotFoundError('Actor', id, field);
  return actor;
}

export async function mergeActors(ctx: WriteContext, input: ActorMergeInput) {
  const { survivorId, mergedId, reason } = parseInput(actorMergeInput, input);
  return transaction(ctx.prisma, async (tx) => {
    await lockActors(tx, [survivorId, mergedId]);
    const survivor = await findActor(tx, survivorId, 'survivorId');
    const merged = await findActor(tx, mergedId, 'mergedId');
    if (survivor.hiddenAt) throw refuse('survivorId', `${label(survivor)} is hidden: unhide it before merging`);
    if (merged.hiddenAt) throw refuse('mergedId', `${label(merged)} is hidden: unhide it before merging`);
    if (survivor.mergedIntoId) {
      const root = await findActor(tx, (await resolveActorId(tx, survivorId)) ?? survivor.mergedIntoId, 'survivorId');
      throw refuse('survivorId', `${label(survivor)} is itself merged into ${label(root)}: merge into ${root.id} instead`);
    }
    if (merged.mergedIntoId) {
      const current = await tx.actorMerge.findFirst({ where: { mergedId, undoneAt: null }, include: { survivor: true } });
      const into = current ? `${label(current.survivor)} (merge ${current.id})` : merged.mergedIntoId;
      throw refuse('mergedId', `${label(merged)} is already merged into ${into}: undo that merge first`);
    }
    await refuseIfDistinct(tx, survivorId, mergedId);
    await tx.actor.update({ where: { id: mergedId }, data: { mergedIntoId: survivorId, ...NEXT_VERSION } });
    const merge = await tx.actorMerge.create({ data: { survivorId, mergedId, reason, mergedBy: ctx.actor } });
    const after = await tx.actor.findUniqueOrThrow({ where: { id: mergedId } });
    await recordRevision(tx, { entityType: 'Actor', entityId: mergedId, action: 'MERGE', before: merged, after, actor: ctx.actor });
    await recordRevision(tx, { entityType: 'ActorMerge', entityId: merge.id, action: 'CREATE', after: merge, actor: ctx.actor });
    return merge;
  });
}

/** Refuses a merge that would join two actors someone recorded as not the same, directly or via actors merged into either. */
async function refuseIfDistinct(tx: Tx, survivorId: string, mergedId: string): Promise<void> {
  const survivors = await actorIdsMergedInto(tx, survivorId);
  const mergeds = await actorIdsMergedInto(tx, mergedId);
  const distinction = await tx.actorDistinction.findFirst({
    where: {
      OR: [
        { actorAId: { in: survivors }, actorBId: { in: mergeds } },
        { actorAId: { in: mergeds }, actorBId: { in: survivors } },
      ],
    },
    include: { actorA: true, actorB: true },
  });
  if (!distinction) return;
  const why = distinction.reason ? `: "${distinction.reason}"` : '';
  throw refuse(
    'mergedId',
    `${label(distinction.actorA)} and ${label(distinction.actorB)} were recorded as not the same by ${distinction.decidedBy} on ${day(distinction.decidedAt)}${why}`,
  );
}

/** Undoes a merge exactly: the merged actor stands alone again, with everything it had. */
export async function unmergeActors(ctx: WriteContext, input: ActorUnmergeInput) {
  const { mergeId } = parseInput(actorUnmergeInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const found = await tx.actorMerge.findUnique({ where: { id: mergeId } });
    if (!found) throw new NotFoundError('ActorMerge', mergeId, 'mergeId');
    await lockActors(tx, [found.survivorId, found.mergedId]);
    // Read again under the lock: a concurrent undo has committed by now.
    const merge = await tx.actorMerge.findUniqueOrThrow({ where: { id: mergeId } });
    if (merge.undoneAt) throw refuse('mergeId', `this merge was already undone by ${merge.undoneBy} on ${day(merge.undoneAt)}`);
    const merged = await tx.actor.findUniqueOrThrow({ where: { id: merge.mergedId } });
    if (merged.mergedIntoId !== merge.survivorId) {
      throw new Error(`actor ${merged.id} points to ${merged.mergedIntoId}, not to the survivor of its open merge ${merge.id}`);
    }
    const restored = await tx.actor.update({ where: { id: merged.id }, data: { mergedIntoId: null, ...NEXT_VERSION } });
    const undone = await tx.actorMerge.update({ where: { id: mergeId }, data: { undoneAt: new Date(), undoneBy: ctx.actor } });
    await recordRevision(tx, {
      entityType: 'Actor',
      entityId: merged.id,
      action: 'UNMERGE',
      before: merged,
      after: restored,
      actor: ctx.actor,
    });
    await recordRevision(tx, {
      entityType: 'ActorMerge',
      entityId: mergeId,
      action: 'UPDATE',
      before: merge,
      after: undone,
      actor: ctx.actor,
    });
    return undone;
  });
}

/**
 * Records that two actors are not the same, so that no merge joins them. The pair is stored with
 * the smaller id first: A/B and B/A are one decision.
 */
export async function recordDistinction(ctx: WriteContext, input: ActorDistinctionInput) {
  const parsed = parseInput(actorDistinctionInput, input);
  const given = { actorAId: parsed.actorAId.toLowerCase(), actorBId: parsed.actorBId.toLowerCase() };
  const [actorAId, actorBId] = [given.actorAId, given.actorBId].sort() as [string, string];
  return transaction(ctx.prisma, async (tx) => {
    await lockActors(tx, [actorAId, actorBId]);
    const a = await findActor(tx, given.actorAId, 'actorAId');
    const b = await findActor(tx, given.actorBId, 'actorBId');
    const root = await resolveActorId(tx, a.id);
    if (root !== null && root === (await resolveActorId(tx, b.id))) {
      const merges = await tx.actorMerge.findMany({ where: { mergedId: { in: [a.id, b.id] }, undoneAt: null }, select: { id: true } });
      throw refuse(
        'actorBId',
        `${label(a)} and ${label(b)} are merged (both resolve to ${root}): undo merge ${merges.map((m) => m.id).join(' or ')} first`,
      );
    }
    const existing = await tx.actorDistinction.findUnique({ where: { actorAId_actorBId: { actorAId, actorBId } } });
    if (existing) {
      throw refuse(
        'actorBId',
        `${label(a)} and ${label(b)} were already recorded as not the same by ${existing.decidedBy} on ${day(existing.decidedAt)}`,
      );
    }
    const distinction = await tx.actorDistinction.create({ data: { actorAId, actorBId, reason: parsed.reason, decidedBy: ctx.actor } });
    await recordRevision(tx, {
      entityType: 'ActorDistinction',
      entityId: distinction.id,
      action: 'CREATE',
      after: distinction,
      actor: ctx.actor,
    });
    return distinction;
  });
}
