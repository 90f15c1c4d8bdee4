import type { PrismaClient } from '../../generated/prisma/client';
import { slugify } from '../domain/names';
import { NotFoundError } from './errors';
import type { Tx } from './revision';

/** Who is writing: an API key's name, "cli", "sample data". Every revision records it. */
export interface WriteContext {
  prisma: PrismaClient;
  actor: string;
}

export function transaction<T>(prisma: PrismaClient, run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { timeout: 30_000, maxWait: 10_000 });
}

/** `base`, or `base-2`, `base-3`... whichever is free. */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** Throws NotFoundError unless every id names a visible row. */
export async function requireAll(
  entityType: string,
  field: string,
  ids: readonly string[],
  find: (ids: string[]) => Promise<{ id: string }[]>,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = new Set((await find(unique)).map((row) => row.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(entityType, missing, field);
}
