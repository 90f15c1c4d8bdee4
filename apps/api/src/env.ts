// The API's configuration: the one place that reads process.env.
import { databaseEnv } from '@claimgraph/db/env';
import { z } from 'zod';

const milliseconds = z.coerce.number().int().positive('must be a positive number of milliseconds');

const schema = databaseEnv
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Answer `__schema`/`__type` queries: "true" or "false"; on except in production. */
    CLAIMGRAPH_INTROSPECTION: z.stringbool().optional(),
    /** How long one request may run (and one SQL statement with it); the API's default when unset. */
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: milliseconds.optional(),
    /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
    CLAIMGRAPH_SHUTDOWN_TIMEOUT_MS: milliseconds.default(15_000),
    /** Most database connections the API holds open at once (Prisma's own default, 5, queued reads under load). */
    /** Answer only the SDK's persisted operations (sent by hash): "true" or "false" (default). */
    CLAIMGRAPH_PERSISTED_ONLY: z.stringbool().default(false),
    /** The manifest of persisted operations (hash → document); the SDK's in this repository by default. */
    CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
    CLAIMGRAPH_DB_POOL: z.coerce.number().int().min(1, 'must be at least 1').max(1000).default(10),
    /** The publisher ClaimGraph's ClaimReviews name as their author. */
    CLAIMGRAPH_PUBLISHER_NAME: z.string().trim().min(1).default('ClaimGraph'),
    /** The reader's address: a ClaimReview's url is its claim page there. */
    CLAIMGRAPH_READER_URL: z.url().default('http://localhost:3000'),
  })
  .transform((env) => ({ ...env, CLAIMGRAPH_INTROSPECTION: env.CLAIMGRAPH_INTROSPECTION ?? env.NODE_ENV !== 'production' }));

export type ApiEnv = z.output<typeof schema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}

/** This process's configuration, read once. */
export const env = readEnv();
