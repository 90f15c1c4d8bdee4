// Time travel. A field that takes `asOf` answers with what was known on that day; its children
// inherit the date unless they name their own, so `claim(id, asOf: "2022-10-01") { verdict
// timeline }` is one question about one day.
import type { GraphQLResolveInfo } from 'graphql';
import type { Path } from 'graphql/jsutils/Path';
import { startOfDayUtc } from '@claimgraph/dates';
import type { Context } from './context';

const datesByContext = new WeakMap<Context, Map<string, Date>>();

/** A response path as one string (list indices included). */
export function pathKey(path: Path | undefined): string {
  const parts: (string | number)[] = [];
  for (let p = path; p; p = p.prev) parts.unshift(p.key);
  return parts.join('.');
}

/** The day this field answers for: its own `asOf`, else the nearest ancestor's, else undefined (now). */
export function resolveAsOf(ctx: Context, info: GraphQLResolveInfo, own?: string | null): Date | undefined {
  let dates = datesByContext.get(ctx);
  if (own) {
    const date = startOfDayUtc(own);
    if (!dates) datesByContext.set(ctx, (dates = new Map<string, Date>()));
    dates.set(pathKey(info.path), date);
    return date;
  }
  if (!dates) return undefined;
  for (let p = info.path.prev; p; p = p.prev) {
    const date = dates.get(pathKey(p));
    if (date) return date;
  }
  return undefined;
}
