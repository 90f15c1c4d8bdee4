#!/usr/bin/env node
// `npm start`: the one command a new user runs after cloning. Installs what is missing, generates
// the Prisma client, builds the reader (turbo skips what is up to date), then hands over to
// `claimgraph start`, which runs the database, the API and the reader. Plain Node, no dependencies:
// it must run before `npm install` has.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}). Fix the error above and run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

function needsInstall() {
  const installed = path.join(root, 'node_modules/.package-lock.json');
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`ClaimGraph needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

if (needsInstall()) step('Installing dependencies (npm ci)', npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
step(
  dev ? 'Generating the Prisma client and building the SDK' : 'Generating the Prisma client and building the SDK and the reader',
  path.join(root, 'node_modules/.bin/turbo'),
  dev
    ? ['run', 'generate', 'build', '--filter=@claimgraph/sdk', '--filter=@claimgraph/db', '--output-logs=errors-only']
    : ['run', 'build', '--filter=@claimgraph/web', '--filter=@claimgraph/db', '--output-logs=errors-only'],
);

const child = spawn(path.join(root, 'node_modules/.bin/claimgraph'), ['start', ...(dev ? ['--dev'] : [])], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
