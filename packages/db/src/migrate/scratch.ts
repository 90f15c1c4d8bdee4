// Throw-away databases for drift checks and migration authoring. One database serves several steps
// in turn, wiped between them; the wipe is checked (the catalog fingerprint must come back empty)
// rather than trusted.
import { createThrowawayDatabase } from '../throwaway-server';
import { inTransaction, withClient } from './connection';
import { catalogFingerprint, describeEntry } from './fingerprint';

export interface ScratchDatabase {
  url: string;
  /** Drops everything a previous step created, leaving an empty `public` schema. */
  wipe(): Promise<void>;
  release(): Promise<void>;
}

/**
 * A database that may be wiped: the given one (which must be empty, so that nothing of value is
 * lost) or a new database on this process's throw-away embedded PostgreSQL.
 */
export async function openScratchDatabase(url?: string): Promise<ScratchDatabase> {
  if (url) {
    await assertEmpty(url, 'the scratch database');
    return { url, wipe: () => wipeDatabase(url), release: () => wipeDatabase(url) };
  }
  const database = await createThrowawayDatabase();
  return { url: database.url, wipe: () => wipeDatabase(database.url), release: () => database.drop() };
}

/** Runs a whole SQL script as one query in one transaction: all of it or nothing. */
export async function runScript(url: string, script: string): Promise<void> {
  await withClient(url, (client) => inTransaction(client, () => client.query(script)));
}

/** Refuses a database holding anything: no objects in `public`, no other schema, no history. */
export async function assertEmpty(url: string, what: string): Promise<void> {
  const found = (await catalogFingerprint(url)).slice(0, 3).map(describeEntry);
  const { rows } = await withClient(url, (client) =>
    client.query<{ name: string }>(`
      SELECT 'schema ' || nspname AS name FROM pg_namespace
       WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg\\_%'
      UNION ALL
      SELECT '_prisma_migrations' WHERE to_regclass('public._prisma_migrations') IS NOT NULL`),
  );
  found.push(...rows.map((row) => row.name));
  if (found.length > 0) throw new Error(`${what} must be empty; it holds ${found.join(', ')}`);
}

async function wipeDatabase(url: string): Promise<void> {
  // `public` is recreated with the owner and the PUBLIC grants it had (pg_database_owner, USAGE).
  await withClient(url, (client) =>
    client.query(`
      DO $$
      DECLARE
        item record;
        owner text := (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public');
        acl text := (SELECT coalesce(nspacl::text, '') FROM pg_namespace WHERE nspname = 'public');
      BEGIN
        FOR item IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
          EXECUTE format('DROP EXTENSION %I CASCADE', item.extname);
        END LOOP;
        FOR item IN SELECT nspname FROM pg_namespace
                     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%' LOOP
          EXECUTE format('DROP SCHEMA %I CASCADE', item.nspname);
        END LOOP;
        EXECUTE format('CREATE SCHEMA public AUTHORIZATION %s', coalesce(owner, 'CURRENT_USER'));
        IF acl ~ '[{,]=[A-Za-z]*U' THEN GRANT USAGE ON SCHEMA public TO PUBLIC; END IF;
        IF acl ~ '[{,]=[A-Za-z]*C' THEN GRANT CREATE ON SCHEMA public TO PUBLIC; END IF;
      END $$;
    `),
  );
  await assertEmpty(url, 'a wiped scratch database');
}
