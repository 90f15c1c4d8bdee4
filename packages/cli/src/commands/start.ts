// `claimgraph start`: the whole product in one process tree. This process owns the database (the
// embedded one when DATABASE_URL is unset), migrates it and loads the sample data, then runs the
// API and the reader as child processes and stops everything together.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabase, createPrismaClient } from '@claimgraph/db';
import { applyMigrations } from '@claimgraph/db/migrate';
import { loadSampleData } from '@claimgraph/db/seed';
import { paths, readEnv, repoRoot } from '../env';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the database, the API and the reader (what npm start runs after installing and building)')
    .option('--dev', 'run the reader with next dev instead of the production build')
    .option('--no-sample-data', 'do not load the sample data')
    .option('--json', 'when everything is up, print the addresses as one JSON line')
    .action(async (options: { dev?: boolean; sampleData: boolean; json?: boolean }) => {
      const env = readEnv();
      const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMGRAPH_DATA_DIR });
      const children: ChildProcess[] = [];
      let stopping = false;
      const stop = async (code: number) => {
        if (stopping) return;
        stopping = true;
        for (const child of children) child.kill('SIGTERM');
        await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
        await database.close();
        process.exit(code);
      };
      process.on('SIGINT', () => void stop(0));
      process.on('SIGTERM', () => void stop(0));

      console.log(`Database: ${database.description}`);
      const applied = await applyMigrations({ url: database.url, migrationsDir: paths.migrations });
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');
      if (options.sampleData) {
        const prisma = createPrismaClient(database.url, { maxConnections: 2 });
        try {
          const counts = await loadSampleData(prisma, { actor: 'sample data' });
          const created = Object.values(counts).some((n) => typeof n === 'number' && n > 0);
          console.log(created ? 'Sample data: loaded' : 'Sample data: already loaded');
        } finally {
          await prisma.$disconnect();
        }
      }

      const apiUrl = `http://localhost:${env.PORT}/graphql`;
      const run = (name: string, command: string, args: string[], cwd: string, extraEnv: Record<string, string>) => {
        const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...extraEnv } });
        child.on('exit', (code, signal) => {
          if (stopping) return;
          console.error(`The ${name} stopped (${signal ?? `exit ${code}`}); stopping ClaimGraph.`);
          void stop(1);
        });
        children.push(child);
      };
      run('API', process.execPath, ['--import', 'tsx', 'src/server.ts'], path.join(repoRoot, 'apps/api'), {
        DATABASE_URL: database.url,
        PORT: String(env.PORT),
        NODE_ENV: options.dev ? 'development' : 'production',
      });
      // The reader renders from the API, so it starts once the API answers.
      if (!(await waitFor(`http://localhost:${env.PORT}/ready`))) {
        console.error(`claimgraph: the API did not become ready on port ${env.PORT} within 60 s; see the messages above`);
        await stop(1);
      }
      const nextBin = path.join(repoRoot, 'node_modules/.bin/next');
      run('reader', nextBin, [options.dev ? 'dev' : 'start', '-p', String(env.WEB_PORT)], path.join(repoRoot, 'apps/web'), {
        CLAIMGRAPH_API_URL: apiUrl,
        NEXT_TELEMETRY_DISABLED: '1',
      });
      if (!(await waitFor(`http://localhost:${env.WEB_PORT}/`))) {
        console.error(`claimgraph: the reader did not come up on port ${env.WEB_PORT} within 60 s; see the messages above`);
        await stop(1);
      }
      const urls = { reader: `http://localhost:${env.WEB_PORT}`, api: apiUrl, health: `http://localhost:${env.PORT}/health` };
      if (options.json) {
        console.log(JSON.stringify({ running: true, ...urls, database: database.description }));
        return;
      }
      console.log(
        [
          '',
          'ClaimGraph is running:',
          `  Reader   http://localhost:${env.WEB_PORT}`,
          `  API      ${apiUrl}${options.dev ? ' (GraphiQL in the browser)' : ''}`,
          `  Health   http://localhost:${env.PORT}/health · /ready · /metrics`,
          'Press Ctrl+C to stop.',
        ].join('\n'),
      );
    });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
