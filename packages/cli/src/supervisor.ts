// Keeps the product's processes (the API, the reader) running under `claimgraph start`:
// - a child that exits unexpectedly is restarted after a pause that doubles with each crash
//   (1 s, 2 s, 4 s ... 30 s; back to 1 s once it has stayed up for a minute), with one clear line;
// - children never outlive the supervisor: on Linux the kernel sends them SIGTERM when it dies,
//   however it dies (kill -9 included), through util-linux's `setpriv --pdeathsig`;
// - each child runs in its own process group, so a Ctrl+C in the terminal reaches only the
//   supervisor, which then stops the children in order (the reader, then the API, which drains).
import { spawn, type ChildProcess } from 'node:child_process';
import { parentDeathPrefix } from '@claimgraph/db';

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_GRACE_MS = 20_000;

interface Supervised {
  spec: ChildSpec;
  process: ChildProcess | null;
  startedAt: number;
  delay: number;
  restartTimer: NodeJS.Timeout | null;
  restarts: number;
}

export class Supervisor {
  private readonly children: Supervised[] = [];
  private stopping = false;

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {}

  start(spec: ChildSpec): void {
    const entry: Supervised = { spec, process: null, startedAt: 0, delay: FIRST_DELAY_MS, restartTimer: null, restarts: 0 };
    this.children.push(entry);
    this.launch(entry);
  }

  /** Process ids of the running children, by name (for tests and `--json`). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries(this.children.map((entry) => [entry.spec.name, entry.process?.pid]));
  }

  /** Stops the children in the reverse order of their start; each gets SIGTERM, then SIGKILL. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.children].reverse()) {
      if (entry.restartTimer) clearTimeout(entry.restartTimer);
      await stopProcess(entry.process);
    }
  }

  private launch(entry: Supervised): void {
    const [command, ...args] = [...parentDeathPrefix('SIGTERM'), entry.spec.command, ...entry.spec.args];
    const child = spawn(command!, args, {
      cwd: entry.spec.cwd,
      env: entry.spec.env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    entry.process = child;
    entry.startedAt = Date.now();
    child.on('error', (error) => this.log(`claimgraph: could not start the ${entry.spec.name}: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (entry.process === child) entry.process = null;
      if (this.stopping) return;
      if (Date.now() - entry.startedAt >= STABLE_AFTER_MS) entry.delay = FIRST_DELAY_MS;
      entry.restarts += 1;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.log(`claimgraph: the ${entry.spec.name} ${how}; restarting it in ${entry.delay / 1000} s (restart ${entry.restarts})`);
      entry.restartTimer = setTimeout(() => {
        entry.restartTimer = null;
        if (!this.stopping) this.launch(entry);
      }, entry.delay);
      entry.delay = Math.min(entry.delay * 2, MAX_DELAY_MS);
    });
  }
}

async function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
