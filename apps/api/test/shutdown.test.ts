// The API as it runs in production: the built bundle (`node dist/server.mjs`, built by
// scripts/build.mjs before the tests) in its own process, on a migrated database with the sample
// data, stopped with a real SIGTERM while requests are in flight.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createPrismaClient } from '@claimgraph/db';
import { loadSampleData } from '@claimgraph/db/seed';
import { createMigratedDatabase } from '@claimgraph/db/testing';
import { createApiKey } from '@claimgraph/db/apikeys';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IN_FLIGHT = 20;

let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
let editorKey: string;
let server: ChildProcess;
const output = { stdout: '', stderr: '' };
let port: number;
let exited: Promise<number | null>;

before(async () => {
  database = await createMigratedDatabase();
  const setup = createPrismaClient(database.url);
  await loadSampleData(setup, { actor: 'sample data' });
  editorKey = (await createApiKey(setup, { name: 'drain test', role: 'EDITOR' }, 'test')).secret;
  await setup.$disconnect();

  assert.ok(fs.existsSync(path.join(apiDir, 'dist/server.mjs')), 'the API is built (npm run build -w @claimgraph/api)');
  server = spawn(process.execPath, ['--enable-source-maps', 'dist/server.mjs'], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      CLAIMGRAPH_SHUTDOWN_TIMEOUT_MS: '30000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
  port = Number((await outputMatching(/ClaimGraph API on http:\/\/localhost:(\d+)\//))[1]);
});
after(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await exited;
  await database?.drop();
});

/** Waits until the server has printed a line matching `pattern`. */
async function outputMatching(pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = output.stdout.match(pattern);
    if (match) return match;
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.stdout}\n${output.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function post(query: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
}

describe('the API process', () => {
  it('shows a refusal the caller caused as one line, not as an error with a stack', async () => {
    const response = await post('mutation { createSource(input: { name: " ", kind: OTHER }) { id } }', {
      authorization: `Bearer ${editorKey}`,
    });
    assert.equal(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'BAD_USER_INPUT');
    const line = (await outputMatching(/^claimgraph api: request \S+: BAD_USER_INPUT.*$/m))[0];
    assert.match(line, /name: must not be empty/);
    assert.equal(output.stderr, '', 'nothing on stderr');
    assert.doesNotMatch(output.stdout, /ERR|\n\s+at /);
  });

  it("answers the SDK's operations by hash: the bundle finds the SDK's manifest", async () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(apiDir, '../../packages/sdk/src/generated/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const [hash, document] = Object.entries(manifest).find(([, text]) => /query Sources\b/.test(text))!;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } }, variables: {} }),
    });
    const body = (await response.json()) as { data?: { sources: { totalCount: number } }; errors?: unknown };
    assert.ok(body.data && body.data.sources.totalCount > 0, `${document.slice(0, 40)}: ${JSON.stringify(body)}`);
  });

  it('on SIGTERM answers every request in flight, stores exactly the writes it acknowledged, and exits 0', async () => {
    // An idle keep-alive connection, as a browser or a proxy leaves one: the drain must not wait for it.
    const idle = await idleKeepAliveConnection(port);

    // The test holds every lock on Source, so reads of it and writes to it are in flight until it lets go.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN; LOCK TABLE "Source" IN ACCESS EXCLUSIVE MODE');
    const reads = Array.from({ length: IN_FLIGHT }, () =>
      answer(post('{ sources(first: 50) { totalCount edges { node { name } } } }'), (d) => d.sources.totalCount),
    );
    const writes = Array.from({ length: IN_FLIGHT }, (_, i) =>
      answer(
        post(`mutation { createSource(input: { name: "Drained ${i}", kind: OTHER }) { name } }`, { authorization: `Bearer ${editorKey}` }),
        (d) => d.createSource.name,
      ),
    );
    await untilWaitingOnLock(holder);
    // Every request reaches the server (on a loaded machine 500 ms was not always enough).
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const signalled = Date.now();
    server.kill('SIGTERM');
    const inFlight = Number((await outputMatching(/SIGTERM: stopping the API: .*answering (\d+) request/))[1]);
    assert.equal(inFlight, 2 * IN_FLIGHT, 'every request was in flight when the signal came');
    await assert.rejects(connect(port), /ECONNREFUSED/, 'no new connection is accepted');
    const closedAfter = (await idle.closedAt) - signalled;
    assert.ok(closedAfter < 1000, `the idle keep-alive connection was closed after ${closedAfter} ms`);

    await holder.query('COMMIT');
    await holder.end();
    const [readResults, writeResults] = [await Promise.all(reads), await Promise.all(writes)];
    const answered = (results: Answer[]) => results.filter((r) => r.status === 200 && r.value !== undefined).length;
    assert.deepEqual(
      { reads: answered(readResults), writes: answered(writeResults) },
      { reads: IN_FLIGHT, writes: IN_FLIGHT },
      JSON.stringify([...readResults, ...writeResults].find((r) => r.value === undefined)),
    );
    assert.equal(await exited, 0, output.stdout + output.stderr);
    assert.match(output.stdout, /SIGTERM: the API stopped, every request answered/);

    const check = createPrismaClient(database.url);
    try {
      const stored = (await check.source.findMany({ where: { name: { startsWith: 'Drained ' } }, select: { name: true } }))
        .map((s) => s.name)
        .sort();
      const acknowledged = writeResults.flatMap((r) => (typeof r.value === 'string' ? [r.value] : [])).sort();
      assert.deepEqual(stored, acknowledged, 'the database holds exactly the acknowledged writes');
    } finally {
      await check.$disconnect();
    }
  });
});

interface Answer {
  /** 0 when no response came (the connection was cut). */
  status: number;
  body: { data?: Record<string, any>; errors?: unknown[] };
  /** What the data says, when there is data. */
  value?: unknown;
}

function answer(request: Promise<Response>, read: (data: Record<string, any>) => unknown): Promise<Answer> {
  return request.then(
    async (response) => {
      const body = (await response.json()) as Answer['body'];
      return { status: response.status, body, value: body.data ? read(body.data) : undefined };
    },
    (error: Error) => ({ status: 0, body: { errors: [(error.cause instanceof Error ? error.cause : error).message] } }),
  );
}

async function untilWaitingOnLock(client: pg.Client): Promise<void> {
  const waiting = async () =>
    Number(
      (
        await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0]!.n,
    );
  while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

function connect(to: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(to, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** A connection that made one keep-alive request and stays open; `closedAt` is when the server closed it. */
async function idleKeepAliveConnection(to: number): Promise<{ closedAt: Promise<number> }> {
  const socket = await connect(to);
  const closedAt = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
  const answered = new Promise<void>((resolve) => socket.once('data', () => resolve()));
  socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  await answered;
  return { closedAt };
}
