// One request cannot exhaust the API: what a query may cost is reckoned with its variables before it
// runs, a request stops at its deadline (and its SQL with it, or when its client has gone), and a
// response has a size cap.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { createApp, DEFAULT_LIMITS } from '../src/app';
import { operationCost } from '../src/cost';
import { schema } from '../src/schema';
import { startTestApi, type TestApi } from './harness';
import { assertNoLeak, assertRefused } from './mutations-support';

// The shape of the issue's query: pages of reports, each with a page of their claims' appearances,
// each claim with its claimants' pages of claims.
const NESTED = `query($n: Int) { reports(first: $n) { edges { node { title appearances(first: $n) { edges { node { claim { statement
  claimants { name claims(first: $n) { edges { node { statement appearances { quote { exact } report { title body } } } } } } } } } } } } } }`;
const literally = (query: string, n: number) => query.replace('query($n: Int) ', '').replaceAll('$n', String(n));

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

describe('what a query may cost is reckoned with its variables, before it runs', () => {
  it('a nested query whose page sizes come in variables is refused in under a second, sending no SQL', async () => {
    const started = performance.now();
    const result = await api.graphql(NESTED, { n: 100 });
    const elapsed = performance.now() - started;
    const error = assertRefused(result, { code: 'COST_LIMIT', message: /smaller pages/ });
    assert.equal(result.statements, 0, 'nothing ran');
    assert.equal(result.body.data, undefined);
    assert.ok((error.extensions?.cost as number) > DEFAULT_LIMITS.maxCost);
    assert.ok(elapsed < 1000, `refused in ${elapsed} ms`);
  });

  it('costs the same with the page sizes written in the query', async () => {
    const [viaVariables, viaLiterals] = [await api.graphql(NESTED, { n: 100 }), await api.graphql(literally(NESTED, 100))];
    assert.equal(viaLiterals.body.errors?.[0]?.extensions?.code, 'COST_LIMIT');
    assert.equal(viaLiterals.body.errors?.[0]?.extensions?.cost, viaVariables.body.errors?.[0]?.extensions?.cost);
  });

  it('refused many times over, in aliases, the server does not grow', async () => {
    const aliased = `query($n: Int) { ${['a', 'b', 'c'].map((alias) => `${alias}: ${NESTED.replace('query($n: Int) { ', '').slice(0, -2)}`).join(' ')} }`;
    const rss = process.memoryUsage().rss;
    for (let i = 0; i < 20; i += 1) {
      const result = await api.graphql(aliased, { n: 100 });
      assert.equal(result.body.errors?.[0]?.extensions?.code, 'COST_LIMIT');
      assert.equal(result.statements, 0);
    }
    const grown = (process.memoryUsage().rss - rss) / 1_000_000;
    assert.ok(grown < 50, `resident memory grew by ${grown.toFixed(0)} MB`);
  });

  it('an operation without variables accepted once does not let another of its document through', async () => {
    // One document, two operations: the cheap one is accepted (and remembered as accepted), the
    // costly one is still refused, each time.
    const document = `query Cheap ${literally(NESTED, 2)} query Costly ${literally(NESTED, 100)}`;
    const run = async (operationName: string) => {
      const response = await fetch(`${api.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    for (let i = 0; i < 2; i += 1) {
      const cheap = await run('Cheap');
      assert.equal(cheap.errors, undefined, JSON.stringify(cheap.errors));
      const costly = await run('Costly');
      assert.equal(costly.errors?.[0]?.extensions?.code, 'COST_LIMIT', JSON.stringify(costly));
    }
  });

  it('a small page of the same query runs', async () => {
    const result = await api.graphql(NESTED, { n: 2 });
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
  });

  it('every alias counts, __typename ones too', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    assert.equal((await api.graphql(aliases(30))).body.errors, undefined);
    const refused = await api.graphql(aliases(1000));
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(refused.body.errors?.[0]?.message ?? '', /Aliases limit of 30 exceeded, found 1000/);
  });

  it("every SDK operation, with its default variables and at the API's largest page, is within the limit", () => {
    const operations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/sdk/src/operations');
    const document = parse(
      readdirSync(operations)
        .map((file) => readFileSync(path.join(operations, file), 'utf8'))
        .join('\n'),
    );
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const costs: Record<string, { defaults: number; largestPage: number }> = {};
    for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      // Required variables that are not page sizes do not change the cost, but a connection's
      // arguments are read whole: give each required scalar a placeholder.
      const placeholders = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && v.type.type.kind === Kind.NAMED_TYPE)
          .map((v) => {
            const type = (v.type as { type: { name: { value: string } } }).type.name.value;
            const value = type === 'Int' || type === 'Float' ? 1 : type === 'Boolean' ? false : type === 'Date' ? '2022-01-01' : 'words';
            return [v.variable.name.value, value];
          }),
      );
      const cost = (variables: Record<string, unknown>) =>
        operationCost({ schema, operation, fragments, variables: { ...placeholders, ...variables } });
      costs[operation.name!.value] = { defaults: cost({}), largestPage: cost({ first: 100 }) };
    }
    console.table(costs);
    assert.ok(Object.keys(costs).length >= 15, 'the operations were found');
    for (const [name, { defaults, largestPage }] of Object.entries(costs)) {
      assert.ok(Math.max(defaults, largestPage) <= DEFAULT_LIMITS.maxCost, `${name} costs ${largestPage}`);
    }
  });
});

describe('a response has a size cap', () => {
  it('a response heavier than the cap is replaced by RESPONSE_TOO_LARGE', async () => {
    const small = await api.variant({ limits: { maxResponseBytes: 5_000 } });
    try {
      const result = await small.graphql('{ reports(first: 100) { edges { node { title body } } } }');
      assertRefused(result, { code: 'RESPONSE_TOO_LARGE', message: /larger than 5 kB/ });
      assert.equal(result.body.data, undefined);
      assert.equal((await small.graphql('{ reports(first: 1) { edges { node { title } } } }')).body.errors, undefined);
    } finally {
      await small.stop();
    }
  });

  it('the cap is measured, not guessed: a response just under it is answered, just over it refused', async () => {
    const query = '{ reports(first: 100) { edges { node { title body } } } }';
    const full = await api.graphql(query);
    const bytes = Buffer.byteLength(JSON.stringify(full.body.data));
    assert.ok(bytes > 5_000, `${bytes} bytes`);
    // Both caps lie below the quick bound (3 bytes per character), so the exact count decides.
    const under = await api.variant({ limits: { maxResponseBytes: bytes + 100 } });
    const over = await api.variant({ limits: { maxResponseBytes: Math.floor(bytes * 0.9) } });
    try {
      assert.deepEqual((await under.graphql(query)).body, full.body);
      assertRefused(await over.graphql(query), { code: 'RESPONSE_TOO_LARGE' });
    } finally {
      await under.stop();
      await over.stop();
    }
  });
});

describe('a request has a size cap', () => {
  const query = '{ reports(first: 1) { edges { node { title } } } }';
  const padded = (bytes: number) => JSON.stringify({ query, variables: { pad: 'x'.repeat(bytes) } });
  /** Sends `body` with a Content-Length (as fetch does for a string) or chunked (as for a stream). */
  async function post(origin: string, body: string, framing: 'length' | 'chunked') {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let at = 0; at < bytes.length; at += 1_000) controller.enqueue(bytes.subarray(at, at + 1_000));
        controller.close();
      },
    });
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: framing === 'length' ? body : stream,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  }

  for (const framing of ['length', 'chunked'] as const) {
    it(`a body over the cap is refused with 413, under it is answered (${framing === 'length' ? 'Content-Length' : 'chunked'})`, async () => {
      const small = await api.variant({ limits: { maxRequestBytes: 10_000 } });
      try {
        const refused = await post(small.origin, padded(20_000), framing);
        assert.equal(refused.status, 413);
        assert.equal(refused.body.errors?.[0]?.extensions?.code, 'REQUEST_ENTITY_TOO_LARGE');
        const answered = await post(small.origin, padded(5_000), framing);
        assert.equal(answered.status, 200);
        assert.ok(answered.body.data);
      } finally {
        await small.stop();
      }
    });
  }

  // Handed to the app without Node's HTTP server (another front end, a test), a Content-Length
  // frames nothing: it is checked, and the body is counted all the same.
  it("without Node's HTTP server, a Content-Length that is not one number is refused, and one that lies does not let a body past", async () => {
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    const app = createApp({ prisma: api.prisma, limits: { maxRequestBytes: 10_000 }, log: quiet });
    try {
      const send = (length: string, body: string) =>
        app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': length },
          body,
        });
      const twoLengths = await send('5, 5', padded(10));
      assert.equal(twoLengths.status, 400);
      const lying = await send('10', padded(20_000));
      assert.equal(lying.status, 413);
      assert.equal(
        ((await lying.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
        'REQUEST_ENTITY_TOO_LARGE',
      );
      const honest = await send(String(Buffer.byteLength(padded(10))), padded(10));
      assert.equal(honest.status, 200);
    } finally {
      await app.dispose();
    }
  });
});

/** A connection of the test's own that takes every lock on a table, so the API's statements on it wait. */
async function lockHolder(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let locked = false;
  const count = async (condition: string) =>
    Number(
      (
        await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${condition}`,
        )
      ).rows[0]!.n,
    );
  const until = async (done: () => Promise<boolean>, what: string) => {
    for (const started = Date.now(); !(await done()); await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (Date.now() - started > 10_000) throw new Error(`still not ${what} after 10 s`);
    }
  };
  return {
    async whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
      await client.query(`BEGIN; LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
      locked = true;
      try {
        return await work();
      } finally {
        await client.query('COMMIT');
        locked = false;
      }
    },
    locked: () => locked,
    /** Statements of others waiting for a lock. */
    waiting: () => count(`wait_event_type = 'Lock'`),
    /** Until no statement of others waits for a lock (the database cancelled them, say). */
    untilNoneWaiting: () => until(async () => (await count(`wait_event_type = 'Lock'`)) === 0, 'cancelled'),
    /** Until some statement of others waits for a lock. */
    untilOneWaits: () => until(async () => (await count(`wait_event_type = 'Lock'`)) > 0, 'waiting'),
    /** Until no other connection runs a statement or holds a transaction open. */
    idle: () => until(async () => (await count(`state IN ('active', 'idle in transaction')`)) === 0, 'idle'),
    end: () => client.end(),
  };
}

describe('a request stops at its deadline, and its SQL with it', () => {
  let timed: TestApi;
  let holder: Awaited<ReturnType<typeof lockHolder>>;
  before(async () => {
    // As the server runs: the pool's statement_timeout is the request's deadline.
    timed = await startTestApi({ statementTimeoutMs: 300, limits: { requestTimeoutMs: 300 } });
    holder = await lockHolder(timed.databaseUrl);
  });
  after(async () => {
    await holder?.end();
    await timed?.stop();
  });

  it('a read that outlives its deadline answers TIMEOUT, and leaves no statement waiting', async () => {
    await holder.whileLocked('Report', async () => {
      const result = await timed.graphql('{ reports(first: 5) { totalCount edges { node { title } } } }');
      assertNoLeak(JSON.stringify(result.body));
      assert.ok(
        result.body.errors?.some((e) => e.extensions?.code === 'TIMEOUT'),
        JSON.stringify(result.body),
      );
      // The response may come before the statement's own timeout (it started a little later).
      await holder.untilNoneWaiting();
      assert.ok(holder.locked(), 'the database gave up the statement while the lock was still held');
    });
  });

  it('a write that outlives its deadline answers TIMEOUT and writes nothing, not even later', async () => {
    const write =
      'mutation { a: createSource(input: { name: "Deadline A", kind: OTHER }) { id } b: createSource(input: { name: "Deadline B", kind: OTHER }) { id } }';
    await holder.whileLocked('Source', async () => {
      const result = await timed.graphql(write, {}, { authorization: `Bearer ${timed.keys.editor}` });
      assertNoLeak(JSON.stringify(result.body));
      assert.ok(
        result.body.errors?.some((e) => e.extensions?.code === 'TIMEOUT'),
        JSON.stringify(result.body),
      );
      await holder.untilNoneWaiting();
    });
    await holder.idle();
    assert.equal(await timed.prisma.source.count({ where: { name: { startsWith: 'Deadline' } } }), 0);
  });
});

describe('a request whose client has gone stops', () => {
  it('the next field does not start', async () => {
    // Mutation fields run one after the other: the first waits on the lock while the client leaves.
    // (This API has no statement_timeout, so only the client's leaving can stop the second.)
    const holder = await lockHolder(api.databaseUrl);
    const write =
      'mutation { a: createSource(input: { name: "Gone A", kind: OTHER }) { id } b: createSource(input: { name: "Gone B", kind: OTHER }) { id } }';
    try {
      await holder.whileLocked('Source', async () => {
        const leaving = new AbortController();
        const request = fetch(`${api.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${api.keys.editor}` },
          body: JSON.stringify({ query: write }),
          signal: leaving.signal,
        }).catch((error: Error) => error);
        await holder.untilOneWaits();
        leaving.abort();
        assert.equal(((await request) as Error).name, 'AbortError');
        await new Promise((resolve) => setTimeout(resolve, 300)); // time for the server to see the connection close
      });
      await holder.idle();
      // The statement already sent when the client left completes; nothing after it starts.
      const names = (await api.prisma.source.findMany({ where: { name: { startsWith: 'Gone' } }, select: { name: true } })).map(
        (s) => s.name,
      );
      assert.deepEqual(names, ['Gone A']);
    } finally {
      await holder.end();
    }
  });
});
