import { z } from 'zod';

const schema = z.object({
  CLAIMGRAPH_TEST_SERVER_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/postgres'),
});

/** The PostgreSQL server tests create their databases on (when it answers). */
export function testServerUrl(): string {
  return schema.parse(process.env).CLAIMGRAPH_TEST_SERVER_URL;
}
