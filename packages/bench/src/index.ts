// `npm run bench [-- --claims 100000 | --scale 10] [--duration 10] [--rounds 2]`: ClaimGraph's API
// beside PostGraphile v5 over one synthetic database (issue 15).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { generate } from './generate';
import { ownReads, reads } from './reads';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    scale: { type: 'string' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
  },
});
const scale = values.scale ? Number(values.scale) : Number(values.claims ?? 100_000) / 100_000;
const duration = Number(values.duration);
const log = (line: string) => console.log(`bench: ${line}`);

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseUrl = await generate(serverUrl, scale, log);

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  idleMb: number;
  peakMb: number;
}

function start(name: string, args: string[], port: number): Server {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', GRAPHILE_ENV: 'production' };
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return { name, url: `http://127.0.0.1:${port}/graphql`, child, idleMb: 0, peakMb: 0 };
}

// CPU time from /proc (Linux; elsewhere the columns say "-"): a process's user + system ticks, in milliseconds.
const hasProc = existsSync('/proc/self/stat');
const msPerTick = 1000 / (hasProc ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100 : 100);
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  } catch {
    return 0; // gone since it was listed
  }
}
/**
 * CPU time of each PostgreSQL process on this machine, by pid: what the database spent for a run
 * is the growth of the sum (a backend that started during the run counts whole).
 */
function postgresCpu(): Map<number, number> {
  const found = new Map<number, number>();
  if (!hasProc) return found;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') found.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      // exited while listed
    }
  }
  return found;
}
const postgresCpuSince = (before: Map<number, number>) =>
  [...postgresCpu()].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
/** Whether the benchmark's database is one of this machine's PostgreSQL processes (else its column says so). */
const localDatabase = ['127.0.0.1', 'localhost', '[::1]', ''].includes(new URL(serverUrl).hostname) && postgresCpu().size > 0;

const rssMb = (pid: number | undefined) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function post(url: string, query: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!response.ok || result.errors || !result.data)
    throw new Error(`${url}: ${response.status} ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}

async function ready(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited with ${server.child.exitCode}`);
    try {
      await post(server.url, '{ __typename }');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${server.name} did not answer within a minute`);
}

// As `npm start` runs it: built (scripts/bench.mjs builds first), without tsx's loader.
const api = start('ClaimGraph', ['--enable-source-maps', 'apps/api/dist/server.mjs'], 4811);
const peer = start('PostGraphile', ['--import', path.join(here, 'polyfill.mjs'), '--import', 'tsx', path.join(here, 'peer.ts')], 4812);
const servers = [api, peer];
process.on('exit', () => servers.forEach((s) => s.child.kill()));
await Promise.all(servers.map(ready));
await new Promise((resolve) => setTimeout(resolve, 1000));
for (const s of servers) s.idleMb = rssMb(s.child.pid);
const sampler = setInterval(() => servers.forEach((s) => (s.peakMb = Math.max(s.peakMb, rssMb(s.child.pid)))), 200);
log(`servers up: ClaimGraph ${api.idleMb.toFixed(0)} MB, PostGraphile ${peer.idleMb.toFixed(0)} MB idle`);

for (const read of reads) {
  const [mine, theirs] = [
    read.api.normalise(await post(api.url, read.api.query)),
    read.peer.normalise(await post(peer.url, read.peer.query)),
  ];
  if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
    console.error(`bench: "${read.name}" differs\nClaimGraph:   ${JSON.stringify(mine)}\nPostGraphile: ${JSON.stringify(theirs)}`);
    process.exit(1);
  }
  log(`"${read.name}": both answer the same (${JSON.stringify(mine).length} bytes normalised)`);
}

// SQL per request is read from the database's transaction counter: both servers send each
// statement on its own (no explicit transactions on these reads), so commits ≈ statements.
const stats = new pg.Client({ connectionString: databaseUrl });
await stats.connect();
const commits = async () => {
  await new Promise((resolve) => setTimeout(resolve, 2000)); // idle backends flush their counters within about a second
  const { rows } = await stats.query<{ n: string }>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0]?.n);
};

interface Run {
  rps: number;
  p50: number;
  p99: number;
  sql: number;
  /** CPU milliseconds per request: the API's process, and the database's (every PostgreSQL process here). */
  apiCpu: number;
  dbCpu: number;
}
// Each server answers each read for a while before anything is timed: a Node.js server's first
// seconds on a new query run code not yet optimised (a fresh ClaimGraph API answered read 2 at
// 241-310 requests per second in its first 4 s, and 458-802 in the 4-s windows after), which a
// timed round would count.
const warmup = 5;
for (const read of reads)
  for (const [server, query] of [
    [api, read.api.query],
    [peer, read.peer.query],
  ] as const) {
    await autocannon({
      url: server.url,
      connections: 10,
      duration: warmup,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  }
log(`warmed up: each server answered each read for ${warmup} s, untimed`);

const runs = new Map<string, Run[]>();
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const read of reads) {
    for (const [server, query] of [
      [api, read.api.query],
      [peer, read.peer.query],
    ] as const) {
      const before = await commits();
      const [apiCpuBefore, dbCpuBefore] = [cpuMs(server.child.pid), postgresCpu()];
      const result = await autocannon({
        url: server.url,
        connections: 10,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const requests = Math.max(result.requests.total, 1);
      const [apiCpu, dbCpu] = [(cpuMs(server.child.pid) - apiCpuBefore) / requests, postgresCpuSince(dbCpuBefore) / requests];
      const sql = ((await commits()) - before - 1) / requests;
      if (result.non2xx || result.errors)
        throw new Error(`${server.name} "${read.name}": ${result.non2xx} non-2xx, ${result.errors} errors`);
      const run = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, sql, apiCpu, dbCpu };
      runs.set(`${read.name}|${server.name}`, [...(runs.get(`${read.name}|${server.name}`) ?? []), run]);
      log(`round ${round} ${server.name} "${read.name}": ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms`);
    }
  }
}

const span = (xs: number[], digits = 0) => {
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)].map((x) => x.toFixed(digits));
  return lo === hi ? lo! : `${lo}–${hi}`;
};
console.log(`\n## ${(scale * 100_000).toLocaleString('en')} claims, concurrency 10, ${duration} s × ${values.rounds} rounds\n`);
console.log(
  '| read | ClaimGraph req/s | PostGraphile req/s | ratio | p50 ms (CG / PG) | p99 ms (CG / PG) | SQL/req (CG / PG) | API CPU ms/req (CG / PG) | DB CPU ms/req (CG / PG) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const read of reads) {
  const [a, b] = [runs.get(`${read.name}|ClaimGraph`) ?? [], runs.get(`${read.name}|PostGraphile`) ?? []];
  const ratios = a.map((run, i) => run.rps / (b[i]?.rps ?? NaN));
  const col = (key: keyof Run, digits = 0) =>
    `${span(
      a.map((r) => r[key]),
      digits,
    )} / ${span(
      b.map((r) => r[key]),
      digits,
    )}`;
  console.log(
    `| ${read.name} | ${span(a.map((r) => r.rps))} | ${span(b.map((r) => r.rps))} | ${span(ratios, 2)} | ${col('p50')} | ${col('p99')} | ${col('sql', 1)} | ${hasProc ? col('apiCpu', 1) : '-'} | ${!hasProc ? '-' : localDatabase ? col('dbCpu', 1) : '- (database not on this machine)'} |`,
  );
}
clearInterval(sampler);
console.log(
  '\nCPU per request: user + system time of the API process (all its threads), and of every PostgreSQL process on this machine, over the run, divided by the requests answered.',
);
console.log(
  `\nMemory (RSS): ClaimGraph ${api.idleMb.toFixed(0)} MB idle, ${api.peakMb.toFixed(0)} MB peak; PostGraphile ${peer.idleMb.toFixed(0)} MB idle, ${peer.peakMb.toFixed(0)} MB peak\n`,
);

console.log('| ClaimGraph only, one at a time | p50 ms | answers |');
console.log('| --- | --- | --- |');
for (const read of ownReads) {
  const times: number[] = [];
  let answer = '';
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    try {
      answer = JSON.stringify(await post(api.url, read.query)).slice(0, 60);
    } catch (error) {
      answer = `FAILED: ${String(error).slice(0, 80)}`;
    }
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  console.log(`| ${read.name} | ${times[10]!.toFixed(1)} | ${answer.replaceAll('|', '/')} |`);
}

// The reader's home page over this API, when the reader is built (npm run build).
if (existsSync(path.join(root, 'apps/web/.next/BUILD_ID'))) {
  const reader = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '4813', '-H', '127.0.0.1'], {
    cwd: path.join(root, 'apps/web'),
    env: { ...process.env, CLAIMGRAPH_API_URL: api.url, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.push({ name: 'reader', url: '', child: reader, idleMb: 0, peakMb: 0 });
  const home = 'http://127.0.0.1:4813/';
  let up = false;
  for (let attempt = 0; attempt < 120 && !up; attempt++) {
    up = await fetch(home).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const times: number[] = [];
  let status = 0;
  for (let i = 0; up && i < 21; i++) {
    const started = performance.now();
    const response = await fetch(home);
    status = response.status;
    await response.text();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  console.log(
    up
      ? `| the reader's home page (GET /) | ${times[10]!.toFixed(1)} | HTTP ${status} |`
      : `| the reader's home page | - | did not start |`,
  );
} else console.log("| the reader's home page | - | not built: run npm run build first |");
await stats.end();
process.exit(0);
