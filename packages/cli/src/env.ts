// The CLI's configuration: the one place that reads process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseEnv } from '@claimgraph/db/env';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = databaseEnv.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export function readEnv(env: NodeJS.ProcessEnv = process.env) {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new Error(`invalid environment: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

export const paths = {
  schema: path.join(repoRoot, 'prisma/schema.prisma'),
  migrations: path.join(repoRoot, 'prisma/migrations'),
};
