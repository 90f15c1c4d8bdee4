// One embedded PostgreSQL per process for throw-away databases (tests without a server, drift
// checks, migration authoring): started on first use in a temporary folder, with fsync off, and
// stopped with the process. Each caller gets its own database on it; starting the server costs
// about a second, a database a few milliseconds.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
import { withClient } from './migrate/connection';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

const PREFIX = 'claimgraph-throwaway-pg-';
let server: Promise<EmbeddedPostgres> | undefined;

/** A new, empty database on this process's throw-away server. */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const embedded = await (server ??= startThrowawayServer());
  const name = `cg_${crypto.randomBytes(6).toString('hex')}`;
  await withClient(embedded.url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(embedded.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(embedded.url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function startThrowawayServer(): Promise<EmbeddedPostgres> {
  removeFoldersOfDeadProcesses();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
  // Reachable in case the server must run as the `postgres` user (see embedded-runner.ts).
  fs.chmodSync(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir, durable: false, keepProcessAlive: false });
  let stopped = false;
  // When the event loop empties (the end of a test file), stop the server and remove its folder.
  process.on('beforeExit', () => {
    if (stopped) return;
    stopped = true;
    void embedded.stop().then(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  });
  return embedded;
}

/** Folders left by processes that ended without their beforeExit (killed, process.exit()). */
function removeFoldersOfDeadProcesses(): void {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^claimgraph-throwaway-pg-(\d+)-/.exec(entry)?.[1]);
    if (!pid || isAlive(pid)) continue;
    const dir = path.join(os.tmpdir(), entry);
    const postmaster = Number(readFirstLine(path.join(dir, 'postgres/postmaster.pid')));
    if (postmaster && isAlive(postmaster)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readFirstLine(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n')[0] ?? '';
  } catch {
    return '';
  }
}
