// Entry point: opens the database, serves the API, stops cleanly. Migrations and sample data are
// `claimgraph start`'s and `claimgraph db migrate`'s job.
//
// Stopping (SIGTERM, SIGINT) drains: no new connections are accepted, the requests in flight are
// answered (each one's connection closes once its response is sent; idle keep-alive connections
// are closed at once), and only then are yoga, Prisma and the database closed. Requests still
// running after CLAIMGRAPH_SHUTDOWN_TIMEOUT_MS have their connections cut, and the exit code says so.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, openDatabase } from '@claimgraph/db';
import { createApp, DEFAULT_LIMITS } from './app';
import { env } from './env';
import { readOperations, SDK_MANIFEST } from './persisted-operations';
import { countStatement } from './sql-metrics';

const requestTimeoutMs = env.CLAIMGRAPH_REQUEST_TIMEOUT_MS ?? DEFAULT_LIMITS.requestTimeoutMs;
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMGRAPH_DATA_DIR });
// A statement may run as long as its request may, no longer: a request that gave up leaves no SQL behind.
const prisma = createPrismaClient(database.url, {
  maxConnections: env.CLAIMGRAPH_DB_POOL,
  statementTimeoutMs: requestTimeoutMs,
  onQuery: countStatement,
});
const persisted = loadPersistedOperations();
const yoga = createApp({
  prisma,
  development: env.NODE_ENV !== 'production',
  introspection: env.CLAIMGRAPH_INTROSPECTION,
  limits: { requestTimeoutMs },
  persisted,
});

/** The SDK's operations, to be accepted by hash; without its manifest, only CLAIMGRAPH_PERSISTED_ONLY makes that fatal. */
function loadPersistedOperations() {
  const file = env.CLAIMGRAPH_PERSISTED_OPERATIONS_FILE ?? SDK_MANIFEST;
  try {
    return { operations: readOperations(file), only: env.CLAIMGRAPH_PERSISTED_ONLY };
  } catch (error) {
    const why = `cannot read the persisted operations (${String(file)}): ${error instanceof Error ? error.message : String(error)}`;
    if (env.CLAIMGRAPH_PERSISTED_ONLY) {
      console.error(`claimgraph api: ${why}; CLAIMGRAPH_PERSISTED_ONLY needs them`);
      process.exit(1);
    }
    console.warn(`claimgraph api: ${why}; operations are accepted as queries only`);
    return undefined;
  }
}

let stopping = false;
const inFlight = new Set<http.ServerResponse>();
const server = http.createServer();
server.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
  inFlight.add(response);
  if (stopping) response.setHeader('connection', 'close');
  response.on('close', () => {
    inFlight.delete(response);
    // A response that was already under way when stopping began may leave its connection open.
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});
server.on('request', (request, response) => void yoga(request, response));

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `claimgraph api: port ${env.PORT} is already in use; stop what uses it or set PORT`
      : `claimgraph api: ${error.message}`,
  );
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`ClaimGraph API on http://localhost:${port}/graphql (${database.description})`);
});

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const timeoutMs = env.CLAIMGRAPH_SHUTDOWN_TIMEOUT_MS;
  for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
  const drained = new Promise<boolean>((resolve) => {
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, timeoutMs);
    server.close(() => {
      clearTimeout(deadline);
      resolve(true);
    });
  });
  server.closeIdleConnections();
  console.log(
    `${signal}: stopping the API: accepting no new connections, answering ${inFlight.size} request(s) in flight (for at most ${timeoutMs / 1000} s)`,
  );
  const answeredAll = await drained;
  if (!answeredAll) console.error(`${signal}: requests still running after ${timeoutMs / 1000} s were cut off`);
  await yoga.dispose();
  await prisma.$disconnect();
  await database.close();
  console.log(`${signal}: the API stopped${answeredAll ? ', every request answered' : ''}`);
  process.exit(answeredAll ? 0 : 1);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
