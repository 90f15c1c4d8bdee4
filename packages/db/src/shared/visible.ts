// A write may only point at rows a reader can see: a hidden actor, source, claim or report is
// refused as not found, with the input field that named it.
import { NotFoundError } from './errors';
import type { Tx } from './revisions';

export type VisibleEntity = 'Actor' | 'Source' | 'Claim' | 'Report';

function visibleIds(tx: Tx, entity: VisibleEntity, ids: string[]): Promise<{ id: string }[]> {
  const where = { id: { in: ids }, hiddenAt: null };
  const select = { id: true } as const;
  switch (entity) {
    case 'Actor':
      return tx.actor.findMany({ where, select });
    case 'Source':
      return tx.source.findMany({ where, select });
    case 'Claim':
      return tx.claim.findMany({ where, select });
    case 'Report':
      return tx.report.findMany({ where, select });
  }
}

/** Throws NotFoundError (naming `field`) unless every id names a visible row of `entity`. */
export async function requireVisible(
  tx: Tx,
  entity: VisibleEntity,
  field: string,
  ids: readonly (string | null | undefined)[],
): Promise<void> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return;
  const found = new Set((await visibleIds(tx, entity, unique)).map((row) => row.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(entity, missing, field);
}
