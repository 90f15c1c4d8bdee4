#!/usr/bin/env node
// `npm run bench [-- --scale 10]`: installs what is missing, builds (the reader's home page is
// timed too), then runs packages/bench: ClaimGraph beside PostGraphile v5 on a generated graph.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNodeVersion, dieWithParent, ensureInstalled, root, step, toolEnv, turbo } from './lib/bootstrap.mjs';

const USAGE = `Usage: npm run bench [-- --claims N | --scale K] [--duration SECONDS] [--rounds N]

Generates a synthetic graph into the database cg_bench_<scale> (kept for the next run), starts
ClaimGraph's API (built, as npm start runs it) and PostGraphile v5 over it, checks that both
answer the three reads alike, lets each answer each read for 5 s untimed (warm-up), then runs
them alternately with autocannon (concurrency 10) and prints throughput, p50/p99, SQL statements
per request and memory; then ClaimGraph-only reads one at a time, and the reader's home page.

  --claims N          claims to generate (default 100000)
  --scale K           the same as --claims K*100000 (--scale 10: one million claims)
  --duration SECONDS  length of each timed run (default 10)
  --rounds N          alternating rounds per read (default 2)

BENCH_DATABASE_URL names the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres).`;

// Options are checked before the build, so a typo costs no minute.
const NUMBERS = new Set(['--claims', '--scale', '--duration', '--rounds']);
const options = process.argv.slice(2);
if (options.includes('--help') || options.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
for (let i = 0; i < options.length; i++) {
  const option = options[i];
  const [name, inline] = option.split('=', 2);
  if (!NUMBERS.has(name)) die(`unknown option ${option} (see npm run bench -- --help)`);
  const value = inline ?? options[++i];
  if (value === undefined || !(Number(value) > 0))
    die(`${name} needs a positive number, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

function die(reason) {
  console.error(`bench: ${reason}`);
  process.exit(2);
}

checkNodeVersion();
await ensureInstalled();
await step('Building the API, the SDK and the reader', turbo, ['run', 'build', '--output-logs=errors-only']);
const [command, args] = dieWithParent(process.execPath, [
  '--import',
  'tsx',
  path.join(root, 'packages/bench/src/index.ts'),
  ...process.argv.slice(2),
]);
const child = spawn(command, args, { cwd: path.join(root, 'packages/bench'), stdio: 'inherit', env: toolEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
