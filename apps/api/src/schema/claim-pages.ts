// Pages of claims cut in hand-written SQL (the verdict filter, an actor's claims, a source's
// claims, the per-key lists, recently resolved): the statement gives the page's ids, newest first,
// and, when the connection asks for its totalCount, the count too; the claims are loaded by id
// with what the GraphQL query selects, so Pothos' prismaConnection still gets its query's rows.
// Where the page's statement can be handed over (claimsOfPage), one statement does all of it.
import type { GraphQLResolveInfo } from 'graphql';
import type { Prisma, PrismaClient } from '@claimgraph/db';
import { findManyJson, pageInOrder } from '@claimgraph/db/json-reads';
import { prismaFor, type Context } from '../context';
import { keepCount, selectsTotalCount } from '../paging';

/** The claims `ids` names, loaded with `selection`, in the order of `ids`. */
export async function claimsInOrder(prisma: PrismaClient, selection: Omit<Prisma.ClaimFindManyArgs, 'where'>, ids: string[]) {
  const rows = await findManyJson(prisma, 'Claim', { ...selection, where: { id: { in: ids } } }, (args) => prisma.claim.findMany(args));
  const claims = new Map(rows.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => claims.get(id) ?? []);
}

/**
 * The claims of the page `cut(count)` names (a statement answering its ids and, when it counts,
 * its count: actorClaimsPageSql, keyedListPageSql), loaded with `selection` in the same statement
 * (pageInOrder). Asked to count when the query selects totalCount: the connection's totalCount
 * (countOnce with the same key) then finds that count and sends nothing (keepCount). `readAlready`
 * answers the page when a statement before read it (actor-claims-fold.ts), and nothing is sent.
 */
export async function claimsOfPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  key: string,
  selection: Omit<Prisma.ClaimFindManyArgs, 'where'>,
  cut: (count: boolean) => Prisma.Sql,
  readAlready?: (count: boolean) => { rows: unknown[]; totalCount: number | null } | undefined,
) {
  const prisma = prismaFor(ctx);
  const count = selectsTotalCount(info);
  const read = () =>
    pageInOrder(prisma, 'Claim', selection, cut(count), (ids) => prisma.claim.findMany({ ...selection, where: { id: { in: ids } } }));
  const { rows, totalCount } = (readAlready?.(count) as Awaited<ReturnType<typeof read>> | undefined) ?? (await read());
  if (count && totalCount !== null) keepCount(ctx, info, key, totalCount);
  return rows;
}
