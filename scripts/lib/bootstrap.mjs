// What `npm start` and `npm test` do before anything else, in plain Node with no dependencies
// (they run on a fresh clone, before `npm ci` has): check Node's version, install what is missing,
// and run long steps with a line of progress so that nobody stares at a silent terminal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const toolEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`ClaimGraph needs Node.js 20.19 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

/** Runs a command to completion with inherited output; every 15 s a line says it is still going. */
export function step(title, command, args, { quietOutput = false } = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', quietOutput ? 'pipe' : 'inherit', 'inherit'], env: toolEnv });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    const heartbeat = setInterval(() => console.log(`  … ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      clearInterval(heartbeat);
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (code !== 0) {
        if (quietOutput) process.stdout.write(output);
        console.error(`\n✖ ${title} failed (${signal ?? `exit ${code}`}). Fix the error above and run the command again.`);
        process.exit(code || 1);
      }
      console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve();
    });
  });
}

function needsInstall() {
  const installed = path.join(root, 'node_modules/.package-lock.json');
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs;
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureInstalled() {
  if (!needsInstall()) return;
  await step('Installing dependencies (npm ci; about a minute the first time)', npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}

export const turbo = path.join(root, 'node_modules/.bin/turbo');

/**
 * The command, wrapped so that the kernel sends it `signal` when this process dies, however it
 * dies (Linux's parent-death signal, through util-linux's setpriv). Elsewhere, unwrapped.
 */
export function dieWithParent(command, args, signal = 'SIGTERM') {
  if (process.platform !== 'linux') return [command, args];
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => fs.existsSync(candidate));
  return setpriv ? [setpriv, ['--pdeathsig', signal, '--', command, ...args]] : [command, args];
}
