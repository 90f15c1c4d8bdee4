import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type { PrismaClient };
export * from '../generated/prisma/client';

export interface ClientOptions {
  /** Upper bound of pooled connections. */
  maxConnections?: number;
  /** Called with each SQL statement the client sends (for statement counting and logs). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL's statement_timeout on every pooled connection: a statement running longer is
   * cancelled by the server (SQLSTATE 57014), so a request that gave up does not leave its SQL
   * running. Unset: no limit.
   */
  statementTimeoutMs?: number;
}

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.maxConnections ?? 5,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) => onQuery(e.query));
  }
  return client;
}
