// A real API over HTTP on a fresh, migrated database with the sample data.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, type PrismaClient } from '@claimgraph/db';
import { loadSampleData } from '@claimgraph/db/seed';
import { createMigratedDatabase } from '@claimgraph/db/testing';
import { createApiKey } from '@claimgraph/db/apikeys';
import { createApp, type App, type AppDeps } from '../src/app';
import { countStatement } from '../src/sql-metrics';
import { readOperations, SDK_MANIFEST } from '../src/persisted-operations';

export { readOperations, SDK_MANIFEST };

export interface GraphQLResult<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  /** SQL statements the request sent to the database. */
  statements: number;
  /** Their text, in the order sent. */
  sql: string[];
}

export type AppOptions = Omit<AppDeps, 'prisma'>;

export interface TestApi {
  origin: string;
  prisma: PrismaClient;
  /** The test database, for a connection of a test's own (to hold a lock, say). */
  databaseUrl: string;
  /** Secrets of an editor key and an admin key. */
  keys: { editor: string; admin: string };
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** The same database served over HTTP by an app made with other options (production, tiny limits). */
  variant(options: AppOptions): Promise<TestApi>;
  stop(): Promise<void>;
}

export interface TestApiOptions extends AppOptions {
  /** Load the sample data (true unless false): false starts from an empty, migrated database. */
  sampleData?: boolean;
  /** The pool's statement_timeout, as the server sets it from its request timeout. */
  statementTimeoutMs?: number;
}

/** The global id the API uses for a row. */
export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

/**
 * Serves, unless told otherwise, the SDK's persisted operations as `npm start` does, so clients
 * (the SDK, the reader) send them by hash.
 */
export async function startTestApi({
  statementTimeoutMs,
  sampleData = true,
  persisted = { operations: readOperations(SDK_MANIFEST), only: false },
  ...options
}: TestApiOptions = {}): Promise<TestApi> {
  const database = await createMigratedDatabase();
  const setup = createPrismaClient(database.url);
  if (sampleData) await loadSampleData(setup, { actor: 'sample data' });
  const editor = await createApiKey(setup, { name: 'test editor', role: 'EDITOR' }, 'test');
  const admin = await createApiKey(setup, { name: 'test admin', role: 'ADMIN' }, 'test');
  await setup.$disconnect();

  const counter = { statements: 0, sql: [] as string[] };
  const prisma = createPrismaClient(database.url, {
    onQuery: (sql) => {
      counter.statements += 1;
      counter.sql.push(sql);
      countStatement();
    },
    statementTimeoutMs,
  });
  const shared = { prisma, databaseUrl: database.url, keys: { editor: editor.secret, admin: admin.secret } };

  const serve = async (app: AppOptions, stopAlso: () => Promise<void>): Promise<TestApi> => {
    const { origin, close } = await listen(createApp({ prisma, persisted, ...app }));
    return {
      ...shared,
      origin,
      async graphql(query, variables, headers = {}) {
        counter.statements = 0;
        counter.sql = [];
        const response = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, body: (await response.json()) as never, statements: counter.statements, sql: counter.sql };
      },
      variant: (other) => serve(other, async () => {}),
      async stop() {
        await close();
        await stopAlso();
      },
    };
  };

  return serve(options, async () => {
    await prisma.$disconnect();
    await database.drop();
  });
}

/** Serves an app over HTTP on a free port of 127.0.0.1. */
export async function listen(app: App): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => void app(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.dispose();
    },
  };
}
