// `actor(slug) { claims { ... } }` (the SDK's ActorClaims, the benchmark's read 2) in one
// statement instead of two: the `actor` field works out the page its `claims` field will ask for,
// and reads the actor and that page together (findFirstJsonWithPage). The page is kept with the
// actor's row; Actor.claims answers from it only when what it asks for is exactly what was read
// (foldedClaims), and reads the page itself otherwise, as it always did. So the fold can make a
// request faster, never different: where it does not apply, or guesses wrong, it costs the work
// of planning the page once more, and one statement that answers nothing more.
//
// It applies to a query whose `actor` field is asked once, selects its claims once, under no
// fragment and no directive at the actor's level, and selects the claims' nodes or edges.
import { isDeepStrictEqual } from 'node:util';
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { addPath } from 'graphql/jsutils/Path.js';
import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import type { Prisma } from '@claimgraph/db';
import type { ActorClaimsQuery } from '@claimgraph/db/actors';
import type { ClaimPage } from '@claimgraph/db/claims';
import { builder } from '../builder';
import type { Context } from '../context';
import { resolveAsOf } from '../as-of';
import { pagingOf, selectsTotalCount, withoutLookahead, type Paging } from '../paging';

/** What Actor.claims asks the page statement for. */
export interface ClaimsAsked {
  query: ActorClaimsQuery;
  page: ClaimPage;
  selection: Omit<Prisma.ClaimFindManyArgs, 'where'>;
  count: boolean;
}

/** What the `actor` field can read with the actor: the page's filters, cut and selection. */
export interface ClaimsFold {
  filters: Omit<ActorClaimsQuery, 'actorIds'>;
  page: ClaimPage;
  selection: ClaimsAsked['selection'];
  count: boolean;
}

interface Folded {
  asked: ClaimsAsked;
  rows: unknown[];
  totalCount: number | null;
}

/** Pothos' cursor arguments of Actor.claims (as its prismaConnection reads them), made at first use. */
const connectionOf = ({ defaultSize, maxSize }: Paging) =>
  prismaConnectionHelpers(builder, 'Claim', { cursor: 'id', defaultSize, maxSize });
let claimsConnection: ReturnType<typeof connectionOf> | undefined;

/** Pages read with their actor, by the actor's row (the parent Actor.claims resolves for). */
const folded = new WeakMap<object, Folded>();

/** The query Actor.claims sends for an actor: `actorClaimsQuery` in actor.ts. */
export const actorClaimsQuery = (
  actorId: string,
  role: ActorClaimsQuery['role'] | null | undefined,
  asOf: Date | undefined,
): ActorClaimsQuery => ({
  actorIds: [actorId],
  role: role ?? undefined,
  asOf,
});

/**
 * The page `actor`'s `claims` field will ask for, worked out as that field will (Pothos' planning of
 * its nodes, its cursor arguments, withoutLookahead, the day it answers for); undefined when the
 * fold does not apply (see the head of this file) or the arguments are ones the field will refuse.
 */
export function claimsFoldOf(ctx: Context, info: GraphQLResolveInfo): ClaimsFold | undefined {
  const node = claimsNode(info);
  const actorType = getNamedType(info.returnType);
  if (!node || !isObjectType(actorType)) return undefined;
  const field = actorType.getFields().claims;
  const paging = field && pagingOf(field);
  if (!field || !paging) return undefined;
  const claimsInfo: GraphQLResolveInfo = {
    ...info,
    fieldName: field.name,
    fieldNodes: [node],
    returnType: field.type,
    parentType: actorType,
    path: addPath(info.path, node.alias?.value ?? node.name.value, actorType.name),
  };
  try {
    const args = getArgumentValues(field, node, info.variableValues) as { role?: ActorClaimsQuery['role'] | null; asOf?: string | null };
    claimsConnection ??= connectionOf(paging);
    const planned = claimsConnection.getQuery(args, ctx, () =>
      // Seeded with the cursor's column, as Pothos seeds the field's own plan: with nothing
      // selected under the nodes (`edges { cursor }`), both then ask for the id alone.
      queryFromInfo({ context: ctx, info: claimsInfo, typeName: 'Claim', select: { id: true }, paths: [['nodes'], ['edges', 'node']] }),
    );
    const { take, skip, cursor, ...selection } = withoutLookahead(planned, claimsInfo);
    return {
      filters: { role: args.role ?? undefined, asOf: resolveAsOf(ctx, claimsInfo, args.asOf) },
      page: { take, skip, cursorId: (cursor as { id?: string } | undefined)?.id },
      selection,
      count: selectsTotalCount(claimsInfo),
    };
  } catch {
    // Arguments the field refuses: it reads (and refuses) them itself.
    return undefined;
  }
}

/** Keeps the page read with `actor` for its claims field. */
export function keepFoldedClaims(actor: { id: string }, fold: ClaimsFold, rows: unknown[], totalCount: number | null): void {
  const query = actorClaimsQuery(actor.id, fold.filters.role, fold.filters.asOf);
  folded.set(actor, { asked: { query, page: fold.page, selection: fold.selection, count: fold.count }, rows, totalCount });
}

/** The page read with `actor`, when it is exactly the one `asked` for; undefined otherwise. */
export function foldedClaims(actor: object, asked: ClaimsAsked): Pick<Folded, 'rows' | 'totalCount'> | undefined {
  const kept = folded.get(actor);
  if (!kept || !isDeepStrictEqual(kept.asked, asked)) return undefined;
  folded.delete(actor);
  return kept;
}

/** The `claims` field node under the `actor` field `info` resolves, when the fold applies. */
function claimsNode(info: GraphQLResolveInfo): FieldNode | undefined {
  if (info.fieldNodes.length !== 1) return undefined;
  const selections = info.fieldNodes[0]?.selectionSet?.selections ?? [];
  if (!selections.every((selection) => selection.kind === Kind.FIELD && !selection.directives?.length)) return undefined;
  const claims = selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'claims',
  );
  const [node] = claims;
  if (claims.length !== 1 || !node) return undefined;
  const asksRows = node.selectionSet?.selections.some(
    (selection) => selection.kind !== Kind.FIELD || selection.name.value === 'nodes' || selection.name.value === 'edges',
  );
  return asksRows ? node : undefined;
}
