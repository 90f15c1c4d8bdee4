import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type { PrismaClient };
export * from '../generated/prisma/client';

export interface ClientOptions {
  /** Upper bound of pooled connections. */
  maxConnections?: number;
  /** Called with each SQL statement the client sends (for statement counting and logs). */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 5 });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      onQuery(e.query),
    );
  }
  return client;
}
