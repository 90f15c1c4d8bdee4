// `claimgraph start`: the whole product in one process tree. This process owns the database (the
// embedded PostgreSQL when DATABASE_URL is unset), migrates it and loads the sample data, then
// supervises the API and the reader (see ../supervisor.ts) and stops everything together.
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabase, createPrismaClient } from '@claimgraph/db';
import { applyMigrations } from '@claimgraph/db/migrate';
import { loadSampleData } from '@claimgraph/db/seed';
import { paths, readEnv, repoRoot } from '../env';
import { CliError } from '../output';
import { Supervisor } from '../supervisor';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the database, the API and the reader (what npm start runs after installing and building)')
    .option('--dev', 'run the reader with next dev instead of the production build')
    .option('--no-sample-data', 'do not load the sample data')
    .option('--json', 'when everything is up, print the addresses as one JSON line')
    .action(async (options: { dev?: boolean; sampleData: boolean; json?: boolean }) => {
      const env = readEnv();
      await assertPortFree(env.PORT, 'PORT');
      await assertPortFree(env.WEB_PORT, 'WEB_PORT');
      const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMGRAPH_DATA_DIR, onProgress: console.log });
      const supervisor = new Supervisor();
      let stopping = false;
      const stop = async (code: number) => {
        if (stopping) return;
        stopping = true;
        await supervisor.stop();
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
      console.log('Starting the API');
      // In production the API runs as built (npm start builds it: apps/api/scripts/build.mjs), without
      // tsx's loader; with --dev, or before a build, from its sources.
      const built = !options.dev && existsSync(path.join(repoRoot, 'apps/api/dist/server.mjs'));
      supervisor.start({
        name: 'API',
        command: process.execPath,
        args: built ? ['--enable-source-maps', 'dist/server.mjs'] : ['--import', 'tsx', 'src/server.ts'],
        cwd: path.join(repoRoot, 'apps/api'),
        env: { ...process.env, DATABASE_URL: database.url, PORT: String(env.PORT), NODE_ENV: options.dev ? 'development' : 'production' },
      });
      // The reader renders from the API, so it starts once the API answers.
      if (!(await waitFor(`http://localhost:${env.PORT}/ready`))) {
        console.error(`claimgraph: the API did not become ready on port ${env.PORT} within 60 s; see the messages above`);
        return stop(1);
      }
      console.log('Starting the reader');
      supervisor.start({
        name: 'reader',
        command: path.join(repoRoot, 'node_modules/.bin/next'),
        args: [options.dev ? 'dev' : 'start', '-p', String(env.WEB_PORT)],
        cwd: path.join(repoRoot, 'apps/web'),
        env: { ...process.env, CLAIMGRAPH_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (!(await waitFor(`http://localhost:${env.WEB_PORT}/`))) {
        console.error(`claimgraph: the reader did not come up on port ${env.WEB_PORT} within 60 s; see the messages above`);
        return stop(1);
      }
      const urls = { reader: `http://localhost:${env.WEB_PORT}`, api: apiUrl, health: `http://localhost:${env.PORT}/health` };
      if (options.json) {
        console.log(
          JSON.stringify({ running: true, ...urls, database: database.description, pid: process.pid, children: supervisor.pids() }),
        );
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

/** Refuses to start on a taken port, saying whether it is a ClaimGraph already running. */
async function assertPortFree(port: number, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
  if (free) return;
  const health = await fetch(`http://localhost:${port}/health`).then(
    (r) => r.ok,
    () => false,
  );
  throw new CliError(
    health && variable === 'PORT'
      ? `ClaimGraph is already running here (its API answers on port ${port}); stop it first, or set PORT and WEB_PORT to run a second one`
      : `port ${port} is already in use; stop what uses it or set ${variable}`,
  );
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
