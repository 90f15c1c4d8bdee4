import { z } from 'zod';

// The only module that reads process.env; everything else imports `env`.
const schema = z.object({
  CLAIMGRAPH_API_URL: z.url().default('http://localhost:4000/graphql'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export const env = schema.parse(process.env);
