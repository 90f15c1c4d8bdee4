// Optimistic concurrency for every editable row: a change names the version its author read and
// is written only where the row is still at that version, so a concurrent edit is refused with a
// ConflictError instead of being silently overwritten.
import type { z } from 'zod';
import { ConflictError, NotFoundError, parseInput, ValidationError } from './errors';
import { recordRevision, type Tx } from './revisions';
import { transaction, type WriteContext } from './transaction';

export type VersionedEntity = 'Report' | 'Source' | 'Actor' | 'Claim' | 'Appearance' | 'ClaimRelation';

interface VersionedRow {
  version: number;
  hiddenAt: Date | null;
}

/** Spread into a conditional update's data: every accepted change moves the version on. */
export const NEXT_VERSION = { version: { increment: 1 } } as const;

export interface VersionedChange<R extends VersionedRow> {
  entity: VersionedEntity;
  id: string;
  version: number;
  action: 'UPDATE' | 'HIDE' | 'UNHIDE';
  /** The row as the revision log keeps it (with the sets a change may replace), or null. */
  read: (tx: Tx) => Promise<R | null>;
  /** Checks that need the database (references, uniqueness); runs before anything is written. */
  check?: (tx: Tx, before: R) => Promise<void>;
  /** The conditional write of the row itself; it must include NEXT_VERSION in its data. */
  write: (tx: Tx, where: { id: string; version: number }) => Promise<{ count: number }>;
  /** Writes to other tables, once the row is claimed (a concurrent writer now waits for us). */
  then?: (tx: Tx, before: R) => Promise<void>;
}

/** Applies a versioned change in one transaction and records it; on any failure nothing changes. */
export function applyVersioned<R extends VersionedRow>(ctx: WriteContext, change: VersionedChange<R>): Promise<R> {
  return transaction(ctx.prisma, async (tx) => {
    const before = await readOrThrow(tx, change);
    if (before.version !== change.version) throw new ConflictError(change.entity, change.id, change.version, before.version);
    requireVisibility(change.entity, change.id, change.action, before);
    await change.check?.(tx, before);
    const { count } = await change.write(tx, { id: change.id, version: change.version });
    if (count === 0) {
      // Someone else committed between our read and our write.
      const current = await readOrThrow(tx, change);
      throw new ConflictError(change.entity, change.id, change.version, current.version);
    }
    await change.then?.(tx, before);
    const after = await readOrThrow(tx, change);
    await recordRevision(tx, { entityType: change.entity, entityId: change.id, action: change.action, before, after, actor: ctx.actor });
    return after;
  });
}

async function readOrThrow<R extends VersionedRow>(tx: Tx, change: VersionedChange<R>): Promise<R> {
  const row = await change.read(tx);
  if (!row) throw new NotFoundError(change.entity, change.id, 'id');
  return row;
}

function requireVisibility(entity: VersionedEntity, id: string, action: VersionedChange<VersionedRow>['action'], row: VersionedRow): void {
  const hidden = row.hiddenAt !== null;
  const problem =
    action === 'UNHIDE'
      ? hidden
        ? null
        : 'is not hidden'
      : hidden
        ? action === 'HIDE'
          ? 'is already hidden'
          : 'is hidden: unhide it before editing'
        : null;
  if (problem) throw new ValidationError([{ field: 'id', message: `${entity} ${id} ${problem}` }]);
}

/**
 * Parses an update and refuses one that names no field to change: an empty update would move
 * the version on and leave a revision recording nothing.
 */
export function parseUpdate<S extends z.ZodType<{ id: string; version: number }>>(schema: S, input: unknown): z.output<S> {
  const data = parseInput(schema, input);
  const changes = Object.entries(data).filter(([key, value]) => key !== 'id' && key !== 'version' && value !== undefined);
  if (changes.length === 0) throw new ValidationError([{ field: '(input)', message: 'names no field to change' }]);
  return data;
}

/** The fields of a parsed update other than its id and version. */
export function changesOf<T extends { id: string; version: number }>(update: T): Omit<T, 'id' | 'version'> {
  const { id: _id, version: _version, ...changes } = update;
  return changes;
}
