// Reads answered by one JSON-building statement (compile.ts), with Prisma answering whatever the
// compiler does not cover. The API's hot lists go through here.
import type { PrismaClient } from '../client';
import { compileFindMany, decode, Unsupported } from './compile';

export { compileFindMany, Unsupported } from './compile';

/**
 * `viaPrisma(args)`'s answer, read with one statement when the arguments compile (compile.ts),
 * else from `viaPrisma` itself. `model` is the Prisma model `viaPrisma` reads.
 */
export async function findManyJson<A extends Record<string, unknown>, R>(
  prisma: PrismaClient,
  model: string,
  args: A,
  viaPrisma: (args: A) => Promise<R[]>,
): Promise<R[]> {
  let compiled;
  try {
    compiled = compileFindMany(model, args);
  } catch (error) {
    if (error instanceof Unsupported) return viaPrisma(args);
    throw error;
  }
  const rows = await prisma.$queryRawUnsafe<{ j: string }[]>(compiled.sql, ...compiled.params);
  return rows.map((row) => decode<R>(JSON.parse(row.j) as Record<string, unknown>, compiled.decoder));
}

/** findFirst through findManyJson: the first of at most one row. */
export async function findFirstJson<A extends Record<string, unknown>, R>(
  prisma: PrismaClient,
  model: string,
  args: A,
  viaPrisma: (args: A) => Promise<R | null>,
): Promise<R | null> {
  const rows = await findManyJson(prisma, model, { ...args, take: 1 }, async (a) => {
    const row = await viaPrisma(a);
    return row ? [row] : [];
  });
  return rows[0] ?? null;
}
