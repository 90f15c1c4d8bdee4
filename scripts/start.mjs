#!/usr/bin/env node
// `npm start`: the one command a new user runs after cloning. Installs what is missing, generates
// the Prisma client, builds the API and the reader (turbo skips what is up to date), then hands over to
// `claimgraph start`, which runs the database, the API and the reader.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNodeVersion, dieWithParent, ensureInstalled, root, step, toolEnv, turbo } from './lib/bootstrap.mjs';

const dev = process.argv.includes('--dev');
// Asking for help builds nothing: `claimgraph start --help` answers at once.
const help = process.argv.includes('--help') || process.argv.includes('-h');
checkNodeVersion();
await ensureInstalled();
if (!help)
  await step(
    dev ? 'Generating the Prisma client and building the SDK' : 'Generating the Prisma client, building the SDK, the API and the reader',
    turbo,
    dev
      ? ['run', 'generate', 'build', '--filter=@claimgraph/sdk', '--filter=@claimgraph/db', '--output-logs=errors-only']
      : ['run', 'build', '--filter=@claimgraph/web', '--filter=@claimgraph/api', '--filter=@claimgraph/db', '--output-logs=errors-only'],
  );

// Every option goes on to `claimgraph start`: `npm start -- --no-sample-data`, `-- --json`, `-- --help`.
const [command, args] = dieWithParent(path.join(root, 'node_modules/.bin/claimgraph'), ['start', ...process.argv.slice(2)]);
const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: toolEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
