// A real API over HTTP on a fresh, migrated database with the sample data.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@claimgraph/db';
import { applyMigrations } from '@claimgraph/db/migrate';
import { loadSampleData } from '@claimgraph/db/seed';
import { createTestDatabase } from '@claimgraph/db/testing';
import { createApp } from '../src/app';

export interface TestApi {
  origin: string;
  prisma: PrismaClient;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  stop(): Promise<void>;
}

const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/migrations');

export async function startTestApi(): Promise<TestApi> {
  const database = await createTestDatabase();
  await applyMigrations({ url: database.url, migrationsDir });
  const prisma = createPrismaClient(database.url);
  await loadSampleData(prisma, { actor: 'sample data' });
  const yoga = createApp({ prisma });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    prisma,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
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
