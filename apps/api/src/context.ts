import type { PrismaClient } from '@claimgraph/db';

const PRISMA = Symbol('prisma');

/** What every resolver may know about the request. The database is reached through the data layer. */
export interface Context {
  requestId: string;
}

// The Prisma client belongs to the app instance, not to the context's public shape: resolvers
// go through Pothos' prisma integration or the data-access functions, never `ctx.prisma`. It
// travels under a symbol because yoga copies the context object (so a WeakMap would lose it).
export function createContext(prisma: PrismaClient, requestId: string): Context {
  return { requestId, [PRISMA]: prisma } as Context;
}

export function prismaFor(context: Context): PrismaClient {
  const client = (context as Context & { [PRISMA]?: PrismaClient })[PRISMA];
  if (!client) throw new Error('context was not created by createContext');
  return client;
}
