// Real databases for tests: a fresh database on the local PostgreSQL server when one answers
// (CI has one at 127.0.0.1:5432), a database on this process's throw-away embedded PostgreSQL
// otherwise (the same server the product embeds, in a temporary folder).
import crypto from 'node:crypto';
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canConnect } from './embedded';
import { createThrowawayDatabase } from './throwaway-server';
import { testServerUrl } from './env';
import { applyMigrations } from './migrate/apply';
import { withClient } from './migrate/connection';
import { createPrismaClient, type PrismaClient } from './client';
import { loadSampleData } from './seed';

/** The repository's migrations, as every test database gets them. */
export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

export interface TestDatabase {
  url: string;
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
}

let serverAvailable: Promise<boolean> | undefined;

function isServerAvailable(adminUrl: string): Promise<boolean> {
  const { hostname, port } = new URL(adminUrl);
  serverAvailable ??= canConnect(hostname, Number(port || 5432));
  return serverAvailable;
}

/** An empty database. `kind` forces one; otherwise the server is preferred when it answers. */
export async function createTestDatabase(kind?: 'server' | 'embedded'): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  const useServer = kind === 'server' || (kind === undefined && (await isServerAvailable(adminUrl)));
  if (!useServer) {
    const database = await createThrowawayDatabase();
    return { ...database, kind: 'embedded' };
  }
  const name = `cg_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database with the repository's migrations applied. */
export async function createMigratedDatabase(kind?: 'server' | 'embedded'): Promise<TestDatabase> {
  const database = await createTestDatabase(kind);
  try {
    await applyMigrations({ url: database.url, migrationsDir });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** Rows in every table of the database, by table name: proof that a refused write left no trace. */
export async function rowCounts(db: { $queryRawUnsafe<T>(query: string): Promise<T> }): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const counts = await db.$queryRawUnsafe<{ name: string; n: bigint }[]>(
    tables.map(({ name }) => `SELECT '${name.replace(/'/g, "''")}' AS name, count(*) AS n FROM ${quoted(name)}`).join(' UNION ALL '),
  );
  return Object.fromEntries(counts.map(({ name, n }) => [name, Number(n)]));
}

/**
 * Every id a page cutter gives, a page of two, then pages of three from the last id (skipping it,
 * as the API's cursor paging asks), each page also counting; with the counts the pages gave.
 */
export async function pageThrough(
  cut: (page: { take: number; skip?: number; cursorId?: string }) => Promise<{ ids: string[]; totalCount: number | null }>,
): Promise<{ ids: string[]; counts: (number | null)[] }> {
  const ids: string[] = [];
  const counts = new Set<number | null>();
  let cursorId: string | undefined;
  for (;;) {
    const page = await cut(cursorId ? { take: 3, skip: 1, cursorId } : { take: 2 });
    counts.add(page.totalCount);
    ids.push(...page.ids);
    if (page.ids.length < (cursorId ? 3 : 2)) break;
    cursorId = page.ids.at(-1);
  }
  return { ids, counts: [...counts] };
}

/**
 * A migrated database with the sample data for the calling test file: made before its tests,
 * dropped after them. `prisma` is its client once the tests run.
 */
export function useSampleDatabase(): { readonly prisma: PrismaClient } {
  let database: TestDatabase | undefined;
  let prisma: PrismaClient | undefined;
  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    await loadSampleData(prisma);
  });
  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });
  return {
    get prisma() {
      if (!prisma) throw new Error('the sample database is made before the tests run');
      return prisma;
    },
  };
}

/**
 * Each node of an EXPLAIN (FORMAT JSON) plan, anywhere in it, as "Node Type" or "Node Type on
 * index". With `executed`, of an EXPLAIN (ANALYZE) plan only the nodes that ran at least once.
 */
export function planNodes(plan: unknown, { executed = false } = {}): string[] {
  if (Array.isArray(plan)) return plan.flatMap((item) => planNodes(item, { executed }));
  if (!plan || typeof plan !== 'object') return [];
  const { 'Node Type': type, 'Index Name': index, 'Actual Loops': loops, ...rest } = plan as Record<string, unknown>;
  if (executed && loops === 0) return [];
  const own = typeof type === 'string' ? [typeof index === 'string' ? `${type} on ${index}` : type] : [];
  return [...own, ...Object.values(rest).flatMap((item) => planNodes(item, { executed }))];
}
