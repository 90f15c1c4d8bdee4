#!/usr/bin/env node
// `npm test`: every package's tests through turbo, one package at a time (they share the machine's
// PostgreSQL and two cores), then one closing line with the totals of all node:test runs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const turbo = path.join(root, 'node_modules/.bin/turbo');
const child = spawn(turbo, ['run', 'test', '--concurrency=1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
});
const totals = { pass: 0, fail: 0, skipped: 0 };
let pending = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = /# (pass|fail|skipped) (\d+)\s*$/.exec(line);
    if (match) totals[match[1]] += Number(match[2]);
  }
});
child.on('exit', (code) => {
  console.log(`\ntests: ${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped`);
  process.exit(code ?? 1);
});
