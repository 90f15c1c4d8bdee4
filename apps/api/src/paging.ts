// Page sizes and cursors of the API's connections, declared once per connection field: the
// connection pages by them, the cost limit multiplies by them, and the argument checks know which
// cursors a connection gives out.
import { Kind, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { UUID_PATTERN } from '@claimgraph/db/shared';
import { memoize, type Context } from './context';
import { pathKey } from './as-of';

export interface Paging {
  defaultSize: number;
  maxSize: number;
  /** `id`: Pothos' Prisma cursor over a uuid column. `offset`: the relay plugin's offset cursor. */
  cursor: 'id' | 'offset';
}

const PAGING = 'claimgraphPaging';

/** Spread into a connection field's options: its page sizes, recorded on the field for the checks. */
export function paged(defaultSize: number, maxSize: number, cursor: Paging['cursor'] = 'id') {
  const paging: Paging = { defaultSize, maxSize, cursor };
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

/** Whether the connection being resolved is asked for its totalCount (under any alias or fragment). */
export function selectsTotalCount(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const asks = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      return asks(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => asks(node.selectionSet));
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
