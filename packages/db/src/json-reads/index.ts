// Reads answered by one JSON-building statement (compile.ts), with Prisma answering whatever the
// compiler does not cover. The API's hot lists go through here.
import { readRows, type Prisma, type PrismaClient } from '../client';
import { compileFindMany, compileInOrder, decode, Unsupported, type Decoder } from './compile';

export { compileFindMany, compileInOrder, Unsupported } from './compile';

/** `compile()`'s statement, or null when it throws Unsupported (Prisma then answers). */
function compiledOrNull<C>(compile: () => C): C | null {
  try {
    return compile();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

const rowsOf = <R>(rows: { j: string }[], decoder: Decoder) =>
  rows.map((row) => decode<R>(JSON.parse(row.j) as Record<string, unknown>, decoder));

/** The rows of a JSON array compileInOrder built (none for null). */
const rowsOfArray = <R>(text: string | undefined, decoder: Decoder) =>
  (JSON.parse(text ?? '[]') as Record<string, unknown>[]).map((item) => decode<R>(item, decoder));

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
  const compiled = compiledOrNull(() => compileFindMany(model, args));
  if (!compiled) return viaPrisma(args);
  return rowsOf<R>(await readRows<{ j: string }>(prisma, compiled.sql, compiled.params), compiled.decoder);
}

/**
 * findManyJson's rows, with the count `count` answers (a statement answering one row, `n`) read in
 * the same statement: null when the page is empty (the count then goes unread) or when the
 * arguments do not compile (Prisma answers them and the count is not sent).
 */
export async function findManyJsonCounted<A extends Record<string, unknown>, R>(
  prisma: PrismaClient,
  model: string,
  args: A,
  count: Prisma.Sql,
  viaPrisma: (args: A) => Promise<R[]>,
): Promise<{ rows: R[]; count: number | null }> {
  const compiled = compiledOrNull(() =>
    compileFindMany(model, args, { also: '(SELECT n FROM counted) AS n', paramsBefore: count.values.length }),
  );
  if (!compiled) return { rows: await viaPrisma(args), count: null };
  const rows = await readRows<{ j: string; n: number | null }>(prisma, `WITH counted AS MATERIALIZED (${count.text}) ${compiled.sql}`, [
    ...count.values,
    ...compiled.params,
  ]);
  return { rows: rowsOf<R>(rows, compiled.decoder), count: rows[0]?.n ?? null };
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

/**
 * The page `cut` names (a statement answering one row: `ids`, a text array of uuids in list order,
 * and `total`, an int or null), with its rows as `viaPrisma(ids)` answers them, in the order of
 * `ids`, and its count. One statement does both when `args` compiles (compileInOrder); otherwise
 * the page is cut first and `viaPrisma` loads its rows.
 */
export async function pageInOrder<A extends Record<string, unknown>, R extends { id: string }>(
  prisma: PrismaClient,
  model: string,
  args: A,
  cut: Prisma.Sql,
  viaPrisma: (ids: string[]) => Promise<R[]>,
): Promise<{ rows: R[]; totalCount: number | null }> {
  const compiled = compiledOrNull(() => compileInOrder(model, args, '(SELECT ids FROM cut)::uuid[]', cut.values.length));
  if (!compiled) {
    const [page] = await prisma.$queryRaw<{ ids: string[] | null; total: number | null }[]>(cut);
    const ids = page?.ids ?? [];
    const byId = new Map((ids.length ? await viaPrisma(ids) : []).map((row) => [row.id, row]));
    return { rows: ids.flatMap((id) => byId.get(id) ?? []), totalCount: page?.total ?? null };
  }
  // The ids stay in the database: the rows carry them.
  const [row] = await readRows<{ total: number | null; rows: string }>(
    prisma,
    `WITH cut AS MATERIALIZED (${cut.text}) SELECT (SELECT total FROM cut) AS total, ${compiled.sql}::text AS rows`,
    [...cut.values, ...compiled.params],
  );
  return { rows: rowsOfArray<R>(row?.rows, compiled.decoder), totalCount: row?.total ?? null };
}

/**
 * findFirstJson's row and pageInOrder's page of `pageModel` in one statement: the row `args`
 * finds, and the rows `cut` names (written on its own: it cannot see the row, so it finds what it
 * needs of it by itself) loaded with `pageArgs`. Null when either does not compile: the caller
 * then reads them apart.
 */
export async function findFirstJsonWithPage<A extends Record<string, unknown>, P extends Record<string, unknown>, R, N>(
  prisma: PrismaClient,
  model: string,
  args: A,
  pageModel: string,
  pageArgs: P,
  cut: Prisma.Sql,
): Promise<{ row: R | null; page: { rows: N[]; totalCount: number | null } } | null> {
  const first = compiledOrNull(() => compileFindMany(model, { ...args, take: 1 }, { paramsBefore: cut.values.length }));
  const page =
    first &&
    compiledOrNull(() => compileInOrder(pageModel, pageArgs, '(SELECT ids FROM cut)::uuid[]', cut.values.length + first.params.length));
  if (!first || !page) return null;
  const [row] = await readRows<{ j: string | null; total: number | null; rows: string }>(
    prisma,
    `WITH cut AS MATERIALIZED (${cut.text}) SELECT (${first.sql}) AS j, (SELECT total FROM cut) AS total, ${page.sql}::text AS rows`,
    [...cut.values, ...first.params, ...page.params],
  );
  const found = row?.j ? decode<R>(JSON.parse(row.j) as Record<string, unknown>, first.decoder) : null;
  return { row: found, page: { rows: rowsOfArray<N>(row?.rows, page.decoder), totalCount: row?.total ?? null } };
}
