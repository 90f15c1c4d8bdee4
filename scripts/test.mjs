#!/usr/bin/env node
// `npm test`: installs what is missing, then every package's tests through turbo, one package at a
// time (they share the machine's PostgreSQL and two cores), then one closing line with the totals
// of all node:test runs; then the lint checks (scripts/lint.mjs).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkNodeVersion, dieWithParent, ensureInstalled, root, toolEnv, turbo } from './lib/bootstrap.mjs';

checkNodeVersion();
await ensureInstalled();
console.log('\n▶ Running every test (generates and builds first where needed)');
const [command, args] = dieWithParent(turbo, ['run', 'test', '--concurrency=1', ...process.argv.slice(2)]);
const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: toolEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const totals = { pass: 0, fail: 0, cancelled: 0, skipped: 0 };
let pending = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = /# (pass|fail|cancelled|skipped) (\d+)\s*$/.exec(line);
    if (match) totals[match[1]] += Number(match[2]);
  }
});
child.on('exit', (code) => {
  console.log('\n▶ Lint: ESLint, Prettier, knip');
  const lint = spawnSync(process.execPath, [path.join(root, 'scripts/lint.mjs')], { cwd: root, stdio: 'inherit', env: toolEnv });
  console.log(`\ntests: ${totals.pass} passed, ${totals.fail} failed, ${totals.cancelled} cancelled, ${totals.skipped} skipped`);
  console.log(`lint: ${lint.status === 0 ? 'clean' : 'problems found (see above)'}`);
  process.exit(code || lint.status || 0);
});
