// Every write runs in one transaction on behalf of someone, whom its revisions name.
import type { PrismaClient } from '../../generated/prisma/client';
import type { Tx } from './revisions';

/** Who is writing: an API key's name, "cli", "sample data". Every revision records it. */
export interface WriteContext {
  prisma: PrismaClient;
  actor: string;
}

export function transaction<T>(prisma: PrismaClient, run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { timeout: 30_000, maxWait: 10_000 });
}
