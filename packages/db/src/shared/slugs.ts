// Sources and actors have slugs for readable addresses: given by the caller, or made from the
// name (`base`, `base-2`, ...). A taken slug is the caller's error, also when a concurrent
// writer takes it between our check and our write (the unique index then refuses it).
import { Prisma } from '../../generated/prisma/client';
import { slugify } from './names';
import { ValidationError } from './errors';

export function slugTaken(slug: string, owner: string): ValidationError {
  return new ValidationError([{ field: 'slug', message: `"${slug}" is already taken by ${owner}` }]);
}

/** `base`, or `base-2`, `base-3`... whichever is free. */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/**
 * Runs the write that stores `slug`; a unique violation (a concurrent writer took the slug after
 * our check) becomes the caller's error naming `kind`.
 */
export async function storingSlug<T>(slug: string, kind: 'source' | 'actor', write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw slugTaken(slug, `another ${kind}`);
    throw error;
  }
}
