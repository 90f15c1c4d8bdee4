// `claimgraph start` as a user runs it: the embedded PostgreSQL, the API and the reader as real
// processes, driven over HTTP and stopped with real signals.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, readRunningServer } from '@claimgraph/db';
import { createApiKey } from '@claimgraph/db/apikeys';

const bin = path.resolve(import.meta.dirname, '../bin/claimgraph.mjs');
const dataDirs: string[] = [];
const started: ChildProcess[] = [];

after(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-start-'));
  fs.chmodSync(dir, 0o755); // reachable if PostgreSQL must run as the `postgres` user (embedded-runner.ts)
  dataDirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  env: Record<string, string>;
  api: string;
  reader: string;
  pids: { API: number; reader: number };
  postgresPid: number;
  output: () => string;
}

async function startProduct(dataDir: string): Promise<Running> {
  const env = { DATABASE_URL: '', CLAIMGRAPH_DATA_DIR: dataDir, PORT: String(await freePort()), WEB_PORT: String(await freePort()) };
  const child = spawn(process.execPath, [bin, 'start', '--json'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = await new Promise<Record<string, any>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`claimgraph start did not come up:\n${output}`)), 120_000);
    const look = () => {
      const line = output.split('\n').find((l) => l.startsWith('{"running":true'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => reject(new Error(`claimgraph start exited (${code}):\n${output}`)));
  });
  const server = readRunningServer(dataDir);
  assert.ok(server, 'server.json names the running database');
  return { child, env, api: ready.api, reader: ready.reader, pids: ready.children, postgresPid: server.postgresPid, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function graphql(api: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.status < 500,
    () => false,
  );

describe('claimgraph start', () => {
  it('answers 32 concurrent clients from a cold start, each with its own rows and key; forged keys are refused', async () => {
    const dataDir = newDataDir();
    const product = await startProduct(dataDir);
    const database = readRunningServer(dataDir)!;
    const prisma = createPrismaClient(database.url);
    const clients = 32;
    const rounds = 8;
    let claims: { id: string; statement: string }[];
    let keys: string[];
    try {
      const sample = await prisma.claim.findMany({ select: { id: true, statement: true }, orderBy: { id: 'asc' } });
      assert.ok(sample.length >= 4, 'the sample data has claims');
      claims = Array.from({ length: clients }, (_, i) => sample[i % sample.length]!);
      keys = await Promise.all(
        Array.from(
          { length: clients },
          async (_, i) => (await createApiKey(prisma, { name: `client ${i}`, role: 'EDITOR' }, 'test')).secret,
        ),
      );
    } finally {
      await prisma.$disconnect();
    }

    const problems: string[] = [];
    const created: { client: number; id: string }[] = [];
    const claimQuery = 'query($id: ID!) { node(id: $id) { ... on Claim { statement } } }';
    const createSource = 'mutation($input: CreateSourceInput!) { createSource(input: $input) { id name } }';
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const claimId = Buffer.from(`Claim:${claims[i]!.id}`).toString('base64');
        for (let round = 0; round < rounds; round++) {
          const [read, write, forged] = await Promise.all([
            graphql(product.api, claimQuery, { id: claimId }),
            graphql(product.api, createSource, { input: { name: `Client ${i} round ${round}`, kind: 'NEWS_OUTLET' } }, keys[i]),
            graphql(
              product.api,
              createSource,
              { input: { name: `Forged ${i} round ${round}`, kind: 'NEWS_OUTLET' } },
              `cgk_${crypto.randomBytes(30).toString('base64url')}`,
            ),
          ]);
          if (read.data?.node?.statement !== claims[i]!.statement) problems.push(`client ${i}: read ${JSON.stringify(read)}`);
          if (write.data?.createSource?.name !== `Client ${i} round ${round}`) problems.push(`client ${i}: write ${JSON.stringify(write)}`);
          else created.push({ client: i, id: write.data.createSource.id });
          if (forged.data?.createSource || forged.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED')
            problems.push(`client ${i}: forged ${JSON.stringify(forged)}`);
        }
      }),
    );
    assert.deepEqual(problems, []);
    assert.equal(created.length, clients * rounds);

    // Every write is recorded under the key that sent it, and no forged write left a row.
    const check = createPrismaClient(database.url);
    try {
      const revisions = await check.revision.findMany({
        where: { entityType: 'Source', action: 'CREATE' },
        select: { actor: true, after: true },
      });
      const byName = new Map(revisions.map((r) => [(r.after as { name?: string } | null)?.name, r.actor]));
      for (let i = 0; i < clients; i++) {
        for (let round = 0; round < rounds; round++)
          assert.match(byName.get(`Client ${i} round ${round}`) ?? '', new RegExp(`^key:client ${i} \\(`));
      }
      assert.equal(await check.source.count({ where: { name: { startsWith: 'Forged' } } }), 0);
    } finally {
      await check.$disconnect();
    }

    // The command line works beside it, through the running database.
    const status = await runCli(['db', 'status', '--json'], product.env);
    assert.equal(status.code, 0, status.stderr);
    assert.match(JSON.parse(status.stdout).database, new RegExp(`served by process ${product.child.pid}\\b`));

    // A second start on the same folder and ports says ClaimGraph is already running.
    const second = await runCli(['start'], product.env);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /^claimgraph: ClaimGraph is already running here \(its API answers on port \d+\).*\n$/);

    // SIGTERM stops everything: exit 0, the children and PostgreSQL gone, server.json removed.
    product.child.kill('SIGTERM');
    assert.equal(await exited(product.child), 0, product.output());
    for (const pid of [product.pids.API, product.pids.reader, product.postgresPid])
      assert.equal(alive(pid), false, `process ${pid} outlived the supervisor`);
    assert.equal(fs.existsSync(path.join(dataDir, 'server.json')), false);
  });

  it('restarts a crashed API and keeps the reader running', async () => {
    const product = await startProduct(newDataDir());
    process.kill(product.pids.API, 'SIGKILL');
    assert.ok(
      await until(() => /the API was killed by SIGKILL; restarting it in 1 s \(restart 1\)/.test(product.output())),
      product.output(),
    );
    assert.ok(await until(() => answers(product.api.replace('/graphql', '/ready'))), `the API came back:\n${product.output()}`);
    assert.ok(alive(product.pids.reader), 'the reader kept running');
    assert.equal(product.child.exitCode, null, 'the supervisor kept running');
    const health = await graphql(product.api, '{ claims(first: 1) { totalCount } }');
    assert.ok(health.data.claims.totalCount > 0);
    product.child.kill('SIGINT');
    assert.equal(await exited(product.child), 0);
  });

  it("npm start hands its options to claimgraph start: --help prints start's options and starts nothing", async () => {
    const script = path.resolve(import.meta.dirname, '../../../scripts/start.mjs');
    // Were the option dropped, the product would start: on ports and in a folder of the test's own.
    const env = { DATABASE_URL: '', CLAIMGRAPH_DATA_DIR: newDataDir(), PORT: String(await freePort()), WEB_PORT: String(await freePort()) };
    const child = spawn(process.execPath, [script, '--help'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    const code = await exited(child);
    clearTimeout(timer);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /--no-sample-data\s+do not load the sample data/);
    assert.doesNotMatch(stdout, /ClaimGraph is running/);
  });

  it('leaves no process behind when killed with -9, and the next start on the same folder works', async () => {
    const dataDir = newDataDir();
    const first = await startProduct(dataDir);
    first.child.kill('SIGKILL');
    await exited(first.child);
    for (const pid of [first.pids.API, first.pids.reader, first.postgresPid]) {
      assert.ok(await until(() => !alive(pid)), `process ${pid} outlived the killed supervisor`);
    }
    const second = await startProduct(dataDir);
    const answer = await graphql(second.api, '{ claims(first: 1) { totalCount } }');
    assert.ok(answer.data.claims.totalCount > 0, JSON.stringify(answer));
    second.child.kill('SIGTERM');
    assert.equal(await exited(second.child), 0);
  });
});

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
