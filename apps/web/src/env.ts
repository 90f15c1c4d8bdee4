import { z } from 'zod';

// The only module that reads process.env; everything else imports `env`.
const schema = z.object({
  CLAIMGRAPH_API_URL: z.url().default('http://localhost:4000/graphql'),
});

export const env = schema.parse(process.env);
