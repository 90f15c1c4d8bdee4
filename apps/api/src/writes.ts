import type { WriteContext } from '@claimgraph/db/shared';
import { prismaFor, writerName, type Context } from './context';

/** The write layer's view of a request: its database and who is writing. */
export function writeContext(ctx: Context): WriteContext {
  return { prisma: prismaFor(ctx), actor: writerName(ctx) };
}

/** A global id's database id (the relay plugin has already checked its type). */
export const idOf = (gid: { id: string } | null | undefined) => gid?.id;
export const idsOf = (gids: readonly { id: string }[] | null | undefined) => gids?.map((g) => g.id);

/** For creates: a field sent as null is the same as a field left out. */
export function present<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as never;
}

/**
 * For updates: a field left out stays as it is, a field sent as null is cleared. (Typed without
 * null: the write layer's zod schemas decide at run time which fields may be cleared and explain
 * a refusal by field.)
 */
export function changes<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as never;
}
