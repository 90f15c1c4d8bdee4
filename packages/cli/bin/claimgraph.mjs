#!/usr/bin/env node
// The `claimgraph` command: TypeScript source run through tsx, like every workspace package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';

// `npm ci` generates the Prisma client (the root postinstall); when it is missing all the same
// (an install run with --ignore-scripts), generate it rather than fail to import it.
const root = path.resolve(import.meta.dirname, '../../..');
if (!fs.existsSync(path.join(root, 'packages/db/generated/prisma/client.ts'))) {
  process.stderr.write('claimgraph: generating the Prisma client (first run) ...\n');
  const turbo = path.join(root, 'node_modules/.bin/turbo');
  const result = spawnSync(turbo, ['run', 'generate', '--filter=@claimgraph/db', '--output-logs=errors-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write('claimgraph: could not generate the Prisma client; run `npm run generate` and try again\n');
    process.exit(1);
  }
}

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
