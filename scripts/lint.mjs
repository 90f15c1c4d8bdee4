#!/usr/bin/env node
// `npm run lint` (and the end of `npm test`): TypeScript's check of every package (tests included:
// they run through tsx, which strips types without checking them), ESLint with type information,
// Prettier's check, and knip for unused files, exports and dependencies. Exits non-zero when any
// of them finds something.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, toolEnv } from './lib/bootstrap.mjs';

const bin = (name) => path.join(root, 'node_modules/.bin', name);
const checks = [
  ['TypeScript', bin('turbo'), ['run', 'typecheck', '--output-logs=errors-only']],
  ['ESLint', bin('eslint'), ['.', '--max-warnings=0']],
  ['Prettier', bin('prettier'), ['--check', '--log-level=warn', '**/*.{ts,tsx,mjs,js,css}']],
  ['knip', bin('knip'), ['--no-progress']],
];
// ESLint reads types through the packages' builds (the reader imports the SDK's dist): make sure
// they are there (turbo restores them from its cache when nothing changed).
spawnSync(bin('turbo'), ['run', 'generate', 'build', '--filter=@claimgraph/sdk', '--filter=@claimgraph/db', '--output-logs=errors-only'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: toolEnv,
});
let failed = 0;
for (const [name, command, args] of checks) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: toolEnv });
  console.log(result.status === 0 ? `lint: ${name} clean` : `lint: ${name} found problems (above)`);
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
