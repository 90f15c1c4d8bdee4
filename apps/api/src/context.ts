import type { PrismaClient } from '@claimgraph/db';

const PRISMA = Symbol('prisma');

/** Who is calling: an API key's holder, or an anonymous reader. */
export type Viewer =
  { kind: 'key'; keyId: string; name: string; role: 'EDITOR' | 'ADMIN' } | { kind: 'anonymous'; problem: 'no key' | 'unknown key' };

/** What every resolver may know about the request. The database is reached through the data layer. */
export interface Context {
  requestId: string;
  viewer: Viewer;
}

// The Prisma client belongs to the app instance, not to the context's public shape: resolvers
// go through Pothos' prisma integration or the data-access functions, never `ctx.prisma`. It
// travels under a symbol because yoga copies the context object (so a WeakMap would lose it).
export function createContext(prisma: PrismaClient, requestId: string, viewer: Viewer): Context {
  return { requestId, viewer, [PRISMA]: prisma } as Context;
}

const MEMO = Symbol('memo');

/**
 * Runs `load` once per request for a key: a connection's page and its totalCount share the
 * look-ups they both need (merged actors, verdict filters).
 */
export function memoize<T>(context: Context, key: string, load: () => Promise<T>): Promise<T> {
  const holder = context as Context & { [MEMO]?: Map<string, Promise<unknown>> };
  const memo = (holder[MEMO] ??= new Map());
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

export function prismaFor(context: Context): PrismaClient {
  const client = (context as Context & { [PRISMA]?: PrismaClient })[PRISMA];
  if (!client) throw new Error('context was not created by createContext');
  return client;
}

/** The name revisions record for writes made in this request. */
export function writerName(context: Context): string {
  return context.viewer.kind === 'key' ? `key:${context.viewer.name} (${context.viewer.keyId})` : 'anonymous';
}
