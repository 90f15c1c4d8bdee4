// Which database a process uses: DATABASE_URL when given; otherwise the embedded PostgreSQL of the
// data folder — the one a running process (npm start) serves, or one started here for as long as
// this process needs it.
import { canConnect, readRunningServer, startEmbeddedPostgres } from './embedded';

export interface DatabaseHandle {
  url: string;
  /** Where the URL came from, for start-up messages. */
  description: string;
  /** True when this process opened the embedded database and serves it. */
  servesEmbedded: boolean;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  port?: number;
  onProgress?: (line: string) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    const port = Number(url.port || 5432);
    if (!(await canConnect(url.hostname, port, 3000))) {
      throw new DatabaseUnreachableError(
        `no PostgreSQL answers at ${url.hostname}:${port} (from DATABASE_URL); start it, or unset DATABASE_URL to use the embedded database`,
      );
    }
    return {
      url: options.databaseUrl,
      description: `PostgreSQL at ${url.hostname}:${port} (DATABASE_URL)`,
      servesEmbedded: false,
      close: async () => {},
    };
  }
  const running = readRunningServer(options.dataDir);
  if (running && (await canConnect('127.0.0.1', running.port))) {
    return {
      url: running.url,
      description: `embedded PostgreSQL in ${options.dataDir}, served by process ${running.pid} on port ${running.port}`,
      servesEmbedded: false,
      close: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, onProgress: options.onProgress });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL in ${options.dataDir} (port ${embedded.port})`,
    servesEmbedded: true,
    close: () => embedded.stop(),
  };
}
