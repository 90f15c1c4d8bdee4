// A real API over HTTP on a fresh, migrated database with the sample data.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, type PrismaClient } from '@claimgraph/db';
import { loadSampleData } from '@claimgraph/db/seed';
import { createMigratedDatabase } from '@claimgraph/db/testing';
import { createApiKey } from '@claimgraph/db/write';
import { createApp } from '../src/app';

export interface GraphQLResult<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  /** SQL statements the request sent to the database. */
  statements: number;
}

export interface TestApi {
  origin: string;
  prisma: PrismaClient;
  /** Secrets of an editor key and an admin key. */
  keys: { editor: string; admin: string };
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}


/** The global id the API uses for a row. */
export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

export async function startTestApi(): Promise<TestApi> {
  const database = await createMigratedDatabase();
  const setup = createPrismaClient(database.url);
  await loadSampleData(setup, { actor: 'sample data' });
  const editor = await createApiKey(setup, { name: 'test editor', role: 'EDITOR' }, 'test');
  const admin = await createApiKey(setup, { name: 'test admin', role: 'ADMIN' }, 'test');
  await setup.$disconnect();

  let statements = 0;
  const prisma = createPrismaClient(database.url, { onQuery: () => (statements += 1) });
  const yoga = createApp({ prisma });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    prisma,
    keys: { editor: editor.secret, admin: admin.secret },
    async graphql(query, variables, headers = {}) {
      statements = 0;
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never, statements };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await yoga.dispose();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
