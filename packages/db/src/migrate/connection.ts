// One connection per task. Session state (search_path above all) is set explicitly each time
// rather than trusting the server's or the role's defaults.
import pg from 'pg';

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET search_path TO public');
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs `run` in a transaction: committed when it resolves, rolled back (and rethrown) when not. */
export async function inTransaction<T>(client: pg.Client, run: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL search_path TO public');
    const result = await run();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
