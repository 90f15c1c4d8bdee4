// Entry point: opens the database, serves the API, stops cleanly. Migrations and sample data are
// `claimgraph start`'s and `claimgraph db migrate`'s job.
import http from 'node:http';
import { createPrismaClient, openDatabase } from '@claimgraph/db';
import { createApp } from './app';
import { env } from './env';

const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMGRAPH_DATA_DIR });
const prisma = createPrismaClient(database.url);
const yoga = createApp({ prisma, development: env.NODE_ENV !== 'production' });
const server = http.createServer(yoga);

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `claimgraph api: port ${env.PORT} is already in use; stop what uses it or set PORT`
      : `claimgraph api: ${error.message}`,
  );
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => {
  console.log(`ClaimGraph API on http://localhost:${env.PORT}/graphql (${database.description})`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the API`);
  server.close();
  server.closeAllConnections();
  await yoga.dispose();
  await prisma.$disconnect();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
