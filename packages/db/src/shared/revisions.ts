import type { Prisma } from '../../generated/prisma/client';

export type Tx = Prisma.TransactionClient;

export type RevisionAction = 'CREATE' | 'UPDATE' | 'HIDE' | 'UNHIDE' | 'MERGE' | 'UNMERGE';

/** A row as JSON the revision log can keep (dates as ISO strings, bigints as strings). */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

export async function recordRevision(
  tx: Tx,
  entry: { entityType: string; entityId: string; action: RevisionAction; before?: unknown; after?: unknown; actor: string },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? undefined : toJson(entry.before),
      after: entry.after === undefined ? undefined : toJson(entry.after),
      actor: entry.actor,
    },
  });
}
