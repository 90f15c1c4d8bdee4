// What the mutation tests share: one API per test file, requests as each kind of caller, and the
// checks every write must pass (a revision names the key; a refusal is clear and changes nothing).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { PrismaClient } from '@claimgraph/db';
import { sampleId } from '@claimgraph/db/seed';
import { globalId, startTestApi, type GraphQLResult, type TestApi } from './harness';

export { globalId, sampleId };

type Variables = Record<string, unknown>;
type Send = <T = Record<string, any>>(query: string, variables?: Variables) => Promise<GraphQLResult<T>>;

export interface Callers {
  api: TestApi;
  /** Sent with the editor key, the admin key, no key, or a key nobody issued. */
  editor: Send;
  admin: Send;
  anonymous: Send;
  badKey: Send;
}

/** Starts a fresh API (migrated database with the sample data) for the calling test file. */
export function useApi(): Callers {
  const callers = {} as Callers;
  const as =
    (authorization?: string): Send =>
    (query, variables) =>
      callers.api.graphql(query, variables, authorization ? { authorization } : {});
  before(async () => {
    callers.api = await startTestApi();
    callers.editor = as(`Bearer ${callers.api.keys.editor}`);
    callers.admin = as(`Bearer ${callers.api.keys.admin}`);
    callers.anonymous = as();
    callers.badKey = as('Bearer cgk_wrong');
  });
  after(() => callers.api?.stop());
  return callers;
}

/** A mutation taking one `input` (of type <Name>Input), sent with the editor key, answering with `selection`. */
export function inputMutation<Name extends string, Fields>(t: Callers, name: Name, selection: string) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return (input: Record<string, unknown>) =>
    t.editor<{ [N in Name]: Fields }>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input });
}

/** The global id of a sample row, e.g. sample('Claim', 'claim:shells'). */
export const sample = (typename: string, key: string) => globalId(typename, sampleId(key));

/** The database id inside a global id (an id that is not a global id, such as a merge's, as it is). */
export function rawId(id: string): string {
  const global = /^[A-Za-z]+:(.+)$/.exec(Buffer.from(id, 'base64').toString());
  return global ? global[1]! : id;
}

/** Rows in every table of the database (migrations included): the proof that nothing was written. */
export async function snapshotCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const counts = await prisma.$queryRawUnsafe<{ name: string; n: bigint }[]>(
    tables.map(({ name }) => `SELECT '${name.replace(/'/g, "''")}' AS name, count(*) AS n FROM ${quoted(name)}`).join(' UNION ALL '),
  );
  return Object.fromEntries(counts.map(({ name, n }) => [name, Number(n)]));
}

/** Runs a request that must write nothing, and checks that no table gained or lost a row. */
export async function unchanged<T>(api: TestApi, run: () => Promise<T>): Promise<T> {
  const before = await snapshotCounts(api.prisma);
  const result = await run();
  assert.deepEqual(await snapshotCounts(api.prisma), before, 'a refused write changed the database');
  return result;
}

/** The data of a request that must succeed. */
export function ok<T extends Record<string, any>>(result: GraphQLResult<T>): T {
  assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  assert.equal(result.status, 200);
  return result.body.data!;
}

const LEAKS = [/prisma/i, /\bSELECT\b/, /constraint/i, /at \//, /\.ts:\d+/];

/** Fails when text shows the inside of the server: the ORM, SQL, a constraint name, a stack frame. */
export function assertNoLeak(text: string): void {
  for (const leak of LEAKS) assert.doesNotMatch(text, leak, `the response shows internals: ${text}`);
}

export interface Refusal {
  code:
    | 'BAD_USER_INPUT'
    | 'NOT_FOUND'
    | 'CONFLICT'
    | 'UNAUTHENTICATED'
    | 'FORBIDDEN'
    | 'GRAPHQL_VALIDATION_FAILED'
    | 'COST_LIMIT'
    | 'RESPONSE_TOO_LARGE'
    | 'TIMEOUT';
  status?: number;
  /** The input field the error must name (BAD_USER_INPUT: in `fields`; NOT_FOUND: in `field`), exactly or by pattern. */
  field?: string | RegExp;
  /** What the message (or the field's message) must say. */
  message?: RegExp;
}

const DEFAULT_STATUS: Record<Refusal['code'], number> = {
  BAD_USER_INPUT: 200,
  NOT_FOUND: 200,
  CONFLICT: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  GRAPHQL_VALIDATION_FAILED: 400,
  // Refused before execution, so without data: 400 for application/graphql-response+json.
  COST_LIMIT: 400,
  RESPONSE_TOO_LARGE: 400,
  TIMEOUT: 503,
};

/** Checks that a request was refused with one clear error, and returns that error. */
export function assertRefused(result: GraphQLResult<unknown>, expected: Refusal) {
  assertNoLeak(JSON.stringify(result.body));
  assert.equal(result.status, expected.status ?? DEFAULT_STATUS[expected.code], JSON.stringify(result.body));
  const errors = result.body.errors ?? [];
  assert.equal(errors.length, 1, JSON.stringify(errors));
  const error = errors[0]!;
  const extensions = (error.extensions ?? {}) as { code?: string; field?: string; fields?: { field: string; message: string }[] };
  assert.equal(extensions.code, expected.code, JSON.stringify(error));
  for (const value of Object.values((result.body.data ?? {}) as Record<string, unknown>)) assert.equal(value, null);
  const named = (field: string) => (typeof expected.field === 'string' ? field === expected.field : expected.field!.test(field));
  if (expected.code === 'BAD_USER_INPUT') {
    assert.ok(extensions.fields?.length, `BAD_USER_INPUT without fields: ${JSON.stringify(error)}`);
    for (const issue of extensions.fields) assert.ok(issue.field && issue.message, JSON.stringify(issue));
    if (expected.field) {
      const issue = extensions.fields.find((i) => named(i.field));
      assert.ok(issue, `no issue names ${expected.field}: ${JSON.stringify(extensions.fields)}`);
      if (expected.message) assert.match(issue.message, expected.message);
    }
  } else if (expected.field) {
    assert.ok(extensions.field && named(extensions.field), `the error names ${extensions.field}, not ${expected.field}`);
  }
  if (expected.message) assert.match(error.message, expected.message);
  return error;
}

/** A refusal that must also leave every table as it was. */
export async function refusedUnchanged(api: TestApi, run: () => Promise<GraphQLResult<unknown>>, expected: Refusal): Promise<void> {
  assertRefused(await unchanged(api, run), expected);
}

/** The latest revision of a row, which must name the writer's key. */
export async function latestRevision(api: TestApi, entityType: string, id: string, expected: { action: string; by: 'editor' | 'admin' }) {
  const revision = await api.prisma.revision.findFirst({ where: { entityType, entityId: rawId(id) }, orderBy: { id: 'desc' } });
  assert.ok(revision, `no revision for ${entityType} ${rawId(id)}`);
  assert.equal(revision.action, expected.action);
  assert.match(revision.actor, new RegExp(`test ${expected.by}`));
  return revision as typeof revision & { before: Record<string, any> | null; after: Record<string, any> | null };
}

/**
 * Two writers read the same version; the second one's change must be refused with CONFLICT
 * naming both versions, and leave the first one's change in place.
 */
export async function assertStaleWriteRefused(
  api: TestApi,
  options: {
    version: number;
    /** The first writer's change, made at `version`, succeeds. */
    first: (version: number) => Promise<GraphQLResult<Record<string, unknown>>>;
    /** The second writer's change, made at the same `version`. */
    second: (version: number) => Promise<GraphQLResult<unknown>>;
    /** What the row shows afterwards: must still be the first writer's. */
    read: () => Promise<unknown>;
  },
) {
  ok(await options.first(options.version));
  const theirs = await options.read();
  const error = assertRefused(await unchanged(api, () => options.second(options.version)), {
    code: 'CONFLICT',
    message: /changed by someone else/,
  });
  assert.equal(error.extensions?.yourVersion, options.version);
  assert.equal(error.extensions?.currentVersion, options.version + 1);
  assert.deepEqual(await options.read(), theirs);
}
