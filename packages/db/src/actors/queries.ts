// Merged actors keep their own rows (so a merge can be undone exactly); readers follow
// mergedIntoId instead. A merged id resolves to its survivor, and a survivor's claims include
// those of every actor merged into it.
import { Prisma } from '../../generated/prisma/client';
import { isUuid } from '../shared/inputs';

/** A PrismaClient or a transaction: both can run these reads. */
export type ActorReader = Pick<Prisma.TransactionClient, '$queryRaw'>;

export class MergeCycleError extends Error {
  constructor(readonly actorIds: string[]) {
    super(`the merges of actors ${actorIds.join(', ')} form a cycle; undo one of them`);
    this.name = 'MergeCycleError';
  }
}

/**
 * The CTE `family (id)`: `actorIds` and every actor merged into them, through merges of merges
 * (an actor's claims, actorIdsMergedInto).
 *
 * One actor is matched as `id = $1`, not `id = ANY($1)`: PostgreSQL estimates an array of unknown
 * length as ten actors, so the statement would be planned anew at every run (0.2-0.5 ms, more than
 * running it) rather than once per connection. The actors merged into a member are looked up by
 * index, member by member (the LATERAL with OFFSET 0 keeps PostgreSQL from turning it into a
 * join): planned once for every run, the join would guess ten members and, up to a few thousand
 * actors, hash the whole "Actor" table for the one or two it has (0.11 of the 0.40 ms the
 * benchmark's read 2 took in PostgreSQL at 1,000 actors).
 */
export const family = (actorIds: string[]) =>
  familyWhere(actorIds.length === 1 ? Prisma.sql`id = ${actorIds[0]}::uuid` : Prisma.sql`id = ANY(${actorIds}::uuid[])`);

/**
 * family, seeded by the actors `seed` (a condition on "Actor") finds: the page that reads an actor
 * by its slug and its claims in one statement (actorByKeyClaimsPageSql).
 */
export const familyWhere = (seed: Prisma.Sql) => Prisma.sql`family (id) AS (
    SELECT id FROM "Actor" WHERE ${seed}
    UNION
    SELECT merged.id FROM family f CROSS JOIN LATERAL (SELECT a.id FROM "Actor" a WHERE a."mergedIntoId" = f.id OFFSET 0) merged
  )`;

/**
 * The id of the actor that `id` is merged into, following merges of merges, or `id` itself when
 * it is not merged; null when no such actor exists. A cycle (which the write layer never makes)
 * throws MergeCycleError rather than looping.
 */
export async function resolveActorId(db: ActorReader, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  // UNION (not UNION ALL) stops at a row already seen, so a cycle ends the walk.
  const chain = await db.$queryRaw<{ id: string; mergedIntoId: string | null }[]>`
    WITH RECURSIVE chain (id, "mergedIntoId") AS (
      SELECT id, "mergedIntoId" FROM "Actor" WHERE id = ${id}::uuid
      UNION
      SELECT a.id, a."mergedIntoId" FROM "Actor" a JOIN chain c ON a.id = c."mergedIntoId"
    )
    SELECT id::text AS id, "mergedIntoId"::text AS "mergedIntoId" FROM chain`;
  if (chain.length === 0) return null;
  const survivor = chain.find((actor) => actor.mergedIntoId === null);
  if (!survivor) throw new MergeCycleError(chain.map((actor) => actor.id));
  return survivor.id;
}

/**
 * `survivorId` followed by every actor merged into it, directly or through merges of merges:
 * the ids whose claims, chain links and aliases count as the survivor's. Empty when no such
 * actor exists.
 */
export async function actorIdsMergedInto(db: ActorReader, survivorId: string): Promise<string[]> {
  if (!isUuid(survivorId)) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE ${family([survivorId])}
    SELECT id::text AS id FROM family ORDER BY id <> ${survivorId}::uuid, id`;
  return rows.map((actor) => actor.id);
}
