// The embedded default: PostgreSQL compiled to WASM (PGlite), served on a loopback port so that
// every part of ClaimGraph (API, CLI, migrations) talks to it like to any PostgreSQL server.
// A PGlite data folder can be opened by one process only; the process that opens it writes
// `server.json` beside it so that other processes (the CLI while `npm start` runs) connect to
// its port instead of opening the folder themselves.
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** The data folder, or null when the database lives in memory. */
  dataDir: string | null;
  stop(): Promise<void>;
}

export interface ServerInfo {
  pid: number;
  port: number;
  url: string;
  startedAt: string;
}

const SERVER_INFO = 'server.json';

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/**
 * Opens the data folder (created on first use; `null` keeps everything in memory) and serves it
 * on 127.0.0.1:`port` (0 picks a free port).
 */
export async function startEmbeddedPostgres(options: { dataDir: string | null; port?: number }): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    const running = readRunningServer(dataDir);
    if (running) {
      throw new Error(
        `the embedded database in ${dataDir} is already open by process ${running.pid} (${running.url}); connect to it instead`,
      );
    }
  }
  const db = await PGlite.create({
    dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined,
    extensions: { pg_trgm, unaccent },
  });
  const server = new PGLiteSocketServer({ db, port: options.port ?? 0, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  const url = embeddedUrl(port);
  const infoFile = dataDir ? path.join(dataDir, SERVER_INFO) : null;
  if (infoFile) {
    const info: ServerInfo = { pid: process.pid, port, url, startedAt: new Date().toISOString() };
    fs.writeFileSync(infoFile, JSON.stringify(info, null, 2));
  }
  let stopped = false;
  return {
    url,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (infoFile) fs.rmSync(infoFile, { force: true });
    },
  };
}

/** The server another live process keeps open on this data folder, if any. */
export function readRunningServer(dataDir: string): ServerInfo | null {
  const file = path.join(dataDir, SERVER_INFO);
  let info: ServerInfo;
  try {
    info = JSON.parse(fs.readFileSync(file, 'utf8')) as ServerInfo;
  } catch {
    return null;
  }
  if (info.pid === process.pid || !isAlive(info.pid)) {
    fs.rmSync(file, { force: true });
    return null;
  }
  return info;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves when something accepts TCP connections on host:port, false after timeoutMs. */
export function canConnect(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
