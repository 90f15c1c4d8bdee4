// The data layer's settings. Apps compose `databaseEnv` into their own env.ts, the one place each
// reads process.env; only the tests' server URL is read here, and only by test code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the product's data lives, for every app that opens the database (API, CLI): compose it
 * into an app's schema with `databaseEnv.extend({ ... })`.
 */
export const databaseEnv = z.object({
  /** An external PostgreSQL; unset (or empty) means the embedded server in CLAIMGRAPH_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The embedded server's directory; `<repo>/.data` when unset. */
  CLAIMGRAPH_DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
});

const testEnv = z.object({
  CLAIMGRAPH_TEST_SERVER_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/postgres'),
});

/** The PostgreSQL server tests create their databases on (when it answers). */
export function testServerUrl(): string {
  return testEnv.parse(process.env).CLAIMGRAPH_TEST_SERVER_URL;
}
