#!/usr/bin/env node
// `npm run bench [-- --scale 10]`: installs what is missing, builds (the reader's home page is
// timed too), then runs packages/bench: ClaimGraph beside PostGraphile v5 on a generated graph.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNodeVersion, dieWithParent, ensureInstalled, root, step, toolEnv, turbo } from './lib/bootstrap.mjs';

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
