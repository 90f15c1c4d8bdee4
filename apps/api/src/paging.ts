// Page sizes and cursors of the API's connections, declared once per connection field: the
// connection pages by them, the cost limit multiplies by them, and the argument checks know which
// cursors a connection gives out.
import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { UUID_PATTERN } from '@claimgraph/db/shared';
import { memoize, type Context } from './context';
import { pathKey } from './as-of';

export interface Paging {
  defaultSize: number;
  maxSize: number;
  /** `id`: Pothos' Prisma cursor over a uuid column. `offset`: the relay plugin's offset cursor. */
  cursor: 'id' | 'offset';
  /** A t.relatedConnection's relation: its rows are read with its parent's, under this key. */
  relation?: string;
}

const PAGING = 'claimgraphPaging';

/** Spread into a connection field's options: its page sizes, recorded on the field for the checks. */
export function paged(defaultSize: number, maxSize: number, cursor: Paging['cursor'] = 'id') {
  const paging: Paging = { defaultSize, maxSize, cursor };
  return { defaultSize, maxSize, extensions: { [PAGING]: paging } };
}

/** paged() for `t.relatedConnection(relation, ...)`, whose page is read with its parent's rows. */
export function pagedRelation(relation: string, defaultSize: number, maxSize: number) {
  const paging: Paging = { defaultSize, maxSize, cursor: 'id', relation };
  return { defaultSize, maxSize, extensions: { [PAGING]: paging } };
}

export function pagingOf(field: GraphQLField<unknown, unknown>): Paging | undefined {
  return field.extensions[PAGING] as Paging | undefined;
}

/** How many rows a page holds for these arguments: what the relay plugin will ask for. */
export function pageSize(paging: Paging, args: { first?: unknown; last?: unknown }): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : paging.defaultSize;
  return Math.max(0, Math.min(asked, paging.maxSize));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const CURSOR_FORMAT: Record<Paging['cursor'], RegExp> = {
  id: new RegExp(`^GPC:S:${UUID_PATTERN}$`, 'i'),
  offset: /^OffsetConnection:\d{1,9}$/,
};

/**
 * Whether a cursor is one this connection gives out. Anything else (a forged `GPC:N:1e+22`, an id
 * that is not a uuid) would reach the database as a value of the wrong type.
 */
export function isCursorOf(paging: Paging, cursor: string): boolean {
  return BASE64.test(cursor) && CURSOR_FORMAT[paging.cursor].test(Buffer.from(cursor, 'base64').toString('utf8'));
}

/** Whether one of `nodes` selects the field `name` (under any alias or fragment). */
function selects(nodes: readonly FieldNode[], name: string, fragments: GraphQLResolveInfo['fragments']): boolean {
  const asks = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      return asks(fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return nodes.some((node) => asks(node.selectionSet));
}

/** Whether the connection being resolved is asked for its totalCount (under any alias or fragment). */
export function selectsTotalCount(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return selects(info.fieldNodes, 'totalCount', info.fragments);
}

type Planned = { take?: number; select?: Record<string, unknown>; include?: Record<string, unknown> };

/**
 * The connection's planned Prisma arguments without the row Pothos reads past each page. Pothos
 * asks for the page's size plus one and tells hasNextPage (hasPreviousPage when paging backwards)
 * by whether that row came; given fewer rows it shows them all. So where a connection's pageInfo
 * is not asked, the row is read for nothing: at every level, it was 11 reports with 6 appearances
 * each for a page of 10 with 5. Trimmed here: the connection `info` resolves, and each
 * relatedConnection (pagedRelation) asked once under its nodes, with no fragment at that level,
 * whose planned `take` is its page plus one; anything else is left as Pothos planned it.
 */
export function withoutLookahead<Q extends Planned>(query: Q, info: GraphQLResolveInfo): Q {
  const field = info.parentType.getFields()[info.fieldName];
  return field ? trimmed(query, field, info.fieldNodes, info) : query;
}

function trimmed<Q extends Planned>(
  query: Q,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): Q {
  const nodeType = nodeTypeOf(field);
  const relations = nodeType ? nestedTrims(query, nodeType, nodes, info) : {};
  const key = query.select ? 'select' : query.include ? 'include' : null;
  const out = key && Object.keys(relations).length ? { ...query, [key]: { ...query[key], ...relations } } : query;
  if (selects(nodes, 'pageInfo', info.fragments) || typeof query.take !== 'number' || query.take === 0) return out;
  return { ...out, take: query.take - Math.sign(query.take) };
}

/** The nested relatedConnections' arguments, trimmed, by relation. */
function nestedTrims(
  query: Planned,
  nodeType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): Record<string, unknown> {
  const nested = query.select ?? query.include;
  if (!nested) return {};
  // The fields asked of each node, straight through `edges { node }` or `nodes`: none at all if a
  // fragment stands on the way, since it may ask a field again under other arguments.
  const holders: FieldNode[] = [];
  for (const node of nodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return {};
      if (selection.name.value === 'nodes') holders.push(selection);
      if (selection.name.value !== 'edges') continue;
      for (const inEdge of selection.selectionSet?.selections ?? []) {
        if (inEdge.kind !== Kind.FIELD) return {};
        if (inEdge.name.value === 'node') holders.push(inEdge);
      }
    }
  }
  const fields: FieldNode[] = [];
  for (const holder of holders) {
    for (const selection of holder.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return {};
      fields.push(selection);
    }
  }
  const out: Record<string, unknown> = {};
  for (const node of fields) {
    const def = nodeType.getFields()[node.name.value];
    const relation = def && pagingOf(def)?.relation;
    if (!def || !relation || fields.filter((f) => f.name.value === node.name.value).length !== 1) continue;
    const planned = nested[relation] as Planned | undefined;
    const paging = pagingOf(def)!;
    const args = getArgumentValues(def, node, info.variableValues) as { first?: unknown; last?: unknown };
    if (typeof planned !== 'object' || planned === null || Math.abs(planned.take ?? 0) !== pageSize(paging, args) + 1) continue;
    const next = trimmed(planned, def, [node], info);
    if (next !== planned) out[relation] = next;
  }
  return out;
}

/** The type of a connection field's nodes (edges { node }), if it is one. */
function nodeTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType | null {
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) return null;
  const edge = connection.getFields().edges && getNamedType(connection.getFields().edges!.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node && getNamedType(edge.getFields().node!.type) : null;
  return node && isObjectType(node) ? node : null;
}

/**
 * Keeps `count`, found by the statement that read a connection's page, for the connection's
 * totalCount (countOnce with the same key), which then sends nothing. It is kept for this one
 * field (its path in the response): a later field of a mutation, run after a write, counts again.
 */
export function keepCount(ctx: Context, info: GraphQLResolveInfo, key: string, count: number): void {
  void memoize(ctx, totalKey(info, key), () => Promise.resolve(count));
}

/** The count keepCount kept for this field and `key`, or `count()` when the page did not count. */
export function countOnce(ctx: Context, info: GraphQLResolveInfo, key: string, count: () => Promise<number>): Promise<number> {
  return memoize(ctx, totalKey(info, key), count);
}

const totalKey = (info: GraphQLResolveInfo, key: string) => `total:${pathKey(info.path)}:${key}`;
