// The synthetic graph, written with set-based SQL straight into the project's tables. Row i of
// each table gets the id seq(kind, i), so ids sort like i, and dates grow with i: "newest" then
// means the same thing to the API (date, then id) and to PostGraphile (id).
import pg from 'pg';
import { applyMigrations } from '@claimgraph/db/migrate';
import { migrationsDir } from '@claimgraph/db/testing';

interface Shape {
  reports: number;
  claims: number;
  actors: number;
  sources: number;
}

function shapeFor(scale: number): Shape {
  return { reports: 10_000 * scale, claims: 100_000 * scale, actors: 1_000, sources: 200 };
}

/** Every report has 20 sentences of exactly SENTENCE characters; quotes are cut from them. */
const SENTENCE = 200;
const SENTENCES = 20;

/** The uuid for row i of a table: a fixed prefix per table, i in the last 12 hex digits. */
export function seq(table: number, i: number): string {
  return `0000000${table}-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}
const seqSql = (table: number, i: string) => `('0000000${table}-0000-7000-8000-' || lpad(to_hex(${i}), 12, '0'))::uuid`;

const ids = { report: 1, claim: 2, actor: 3, source: 4, appearance: 5, resolution: 6 };

function statements({ reports, claims, actors, sources }: Shape): [string, string][] {
  const r = (i: string) => seqSql(ids.report, i);
  const c = (i: string) => seqSql(ids.claim, i);
  const a = (i: string) => seqSql(ids.actor, i);
  const day = (i: string, n: number) => `(date '2015-01-01' + ((${i})::bigint * 3000 / ${n})::int)`;
  const de = "'Die Artillerie beschoss nach Angaben des Ministeriums die Stadt, Truppen rueckten vor, Beobachter berichten. '";
  const en = "'The artillery shelled the town according to the ministry, troops advanced, observers reported today. '";
  const appearances = Math.round(claims * 1.5);
  const claimOf = (ap: string) => `((${ap} - 1) % ${claims} + 1)`;
  const reportOf = (ap: string) => `((${ap} - 1) % ${reports} + 1)`;
  const slotOf = (ap: string) => `(((${ap} - 1) / ${reports}) % ${SENTENCES})`;
  return [
    [
      'actors',
      `INSERT INTO "Actor" (id, slug, name, kind, "updatedAt")
       SELECT ${a('i')}, 'actor-' || i, 'Actor ' || i, (ARRAY['STATE','ORGANISATION','PERSON','GROUP'])[i % 4 + 1]::"ActorKind", now()
       FROM generate_series(1, ${actors}) i`,
    ],
    [
      'sources',
      `INSERT INTO "Source" (id, slug, name, kind, "updatedAt")
       SELECT ${seqSql(ids.source, 'i')}, 'source-' || i, 'Source ' || i, 'NEWS_OUTLET', now() FROM generate_series(1, ${sources}) i`,
    ],
    [
      'reports',
      `INSERT INTO "Report" (id, title, body, language, "publishedOn", "publishedPrecision", "contentHash", "updatedAt", "publisherId")
       SELECT ${r('i')}, 'Report ' || i, b.body, CASE WHEN i % 3 = 0 THEN 'de' ELSE 'en' END, ${day('i', reports)}, 'DAY',
              md5(b.body), now(), ${seqSql(ids.source, `(i % ${sources} + 1)`)}
       FROM generate_series(1, ${reports}) i,
       LATERAL (SELECT string_agg(rpad('[' || i || '.' || s || '] ' || CASE WHEN i % 3 = 0 THEN ${de} ELSE ${en} END, ${SENTENCE}, '.'), '' ORDER BY s) AS body
                FROM generate_series(1, ${SENTENCES}) s) b`,
    ],
    [
      'claims',
      `INSERT INTO "Claim" (id, statement, kind, "claimedOn", "claimedPrecision", "updatedAt")
       SELECT ${c('i')}, 'Claim ' || i || ': troops shelled the town', 'EVENT', ${day('i', claims)}, 'DAY', now() FROM generate_series(1, ${claims}) i`,
    ],
    [
      'claimants and subjects',
      `INSERT INTO "ClaimActor" ("claimId", "actorId", role, position)
       SELECT ${c('i')}, ${a(`(i % ${actors} + 1)`)}, 'CLAIMANT'::"ClaimActorRole", 0 FROM generate_series(1, ${claims}) i
       UNION ALL
       SELECT ${c('i')}, ${a(`((i * 7) % ${actors} + 1)`)}, 'SUBJECT'::"ClaimActorRole", 0 FROM generate_series(1, ${claims}) i`,
    ],
    [
      'appearances',
      `INSERT INTO "Appearance" (id, "claimId", "reportId", exact, prefix, suffix, start, "end", "updatedAt")
       SELECT ${seqSql(ids.appearance, 'ap')}, ${c(claimOf('ap'))}, rep.id,
              substr(rep.body, q.start + 1, 120), substr(rep.body, greatest(q.start - 31, 1), least(q.start, 32)),
              substr(rep.body, q.start + 121, 32), q.start, q.start + 120, now()
       FROM generate_series(1, ${appearances}) ap
       JOIN "Report" rep ON rep.id = ${r(reportOf('ap'))},
       LATERAL (SELECT ${slotOf('ap')}::int * ${SENTENCE} AS start) q`,
    ],
    [
      'chain links',
      `INSERT INTO "AttributionLink" (id, "appearanceId", position, "sourceId", "actorId", relation)
       SELECT gen_random_uuid(), ${seqSql(ids.appearance, 'ap')}, p + 1,
              CASE WHEN p % 2 = 0 THEN ${seqSql(ids.source, `((ap + p) % ${sources} + 1)`)} END,
              CASE WHEN p % 2 = 1 THEN ${a(`((ap + p) % ${actors} + 1)`)} END, 'according to'
       FROM generate_series(1, ${appearances}) ap, generate_series(0, 2) p WHERE p <= ap % 3`,
    ],
    // Claim i has a verdict when i % 3 = 0, a later one when i % 9 = 0, and a correction of that later one when i % 18 = 0.
    [
      'resolutions',
      `INSERT INTO "Resolution" (id, "claimId", verdict, "effectiveOn", "effectivePrecision", rationale, "recordedBy", "correctsId")
       SELECT ${seqSql(ids.resolution, 'i * 3 + n')}, ${c('i')},
              (ARRAY['CONFIRMED','REFUTED','PARTLY_CONFIRMED','UNVERIFIABLE'])[(i + n) % 4 + 1]::"Verdict",
              ${day('i', claims)} + 30 * (n + 1), 'DAY', 'Rationale ' || n || ' for claim ' || i, 'bench',
              CASE WHEN n = 2 THEN ${seqSql(ids.resolution, 'i * 3 + 1')} END
       FROM generate_series(1, ${claims}) i, generate_series(0, 2) n
       WHERE (n = 0 AND i % 3 = 0) OR (n = 1 AND i % 9 = 0) OR (n = 2 AND i % 18 = 0)`,
    ],
    [
      'evidence',
      `INSERT INTO "Evidence" (id, "resolutionId", "reportId", exact, prefix, suffix, start, "end")
       SELECT gen_random_uuid(), res.id, rep.id, substr(rep.body, 201, 80), substr(rep.body, 169, 32), substr(rep.body, 281, 32), 200, 280
       FROM "Resolution" res JOIN "Report" rep ON rep.id = ${r(`(('x' || right(res.id::text, 8))::bit(32)::int % ${reports} + 1)`)}`,
    ],
  ];
}

const counted = ['Report', 'Claim', 'Appearance', 'AttributionLink', 'Resolution', 'Actor', 'ClaimActor', 'Evidence'];

async function counts(client: pg.Client): Promise<Record<string, number>> {
  const sql = counted.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  const { rows } = await client.query<{ t: string; n: number }>(sql);
  // In `counted`'s order, whatever order the rows came in (a parallel plan of the UNION ALL
  // returns them in any): the marker compares these as JSON.
  const byTable = new Map(rows.map((row) => [row.t, row.n]));
  return Object.fromEntries(counted.map((t) => [t, byTable.get(t) ?? 0]));
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or reuses, when it holds this shape and still exactly the rows generated) the database
 * cg_bench_<scale>; returns its URL. The rows are compared too: anything else written there (say
 * the sample data, by `npm start` over this database) would change what the reads return.
 */
export async function generate(serverUrl: string, scale: number, log: (line: string) => void): Promise<string> {
  const shape = shapeFor(scale);
  const name = `cg_bench_${scale}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const marker = (rows: Record<string, number>) => JSON.stringify({ ...shape, rows });
  const existing = await withClient(serverUrl, (c) => c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]));
  if (existing.rowCount) {
    const [comment, rows] = await withClient(dbUrl, async (c) => [
      (await c.query<{ d: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1`, [name]))
        .rows[0]?.d,
      await counts(c).catch(() => ({})),
    ]);
    if (comment === marker(rows)) {
      log(`database ${name} already holds this graph: reused`);
      await applyMigrations({ url: dbUrl, migrationsDir });
      // What a migration just built is counted and marked visible, as autovacuum would in time.
      await withClient(dbUrl, (c) => c.query('VACUUM ANALYZE'));
      return dbUrl;
    }
    log(`database ${name} does not hold exactly the generated graph (rows now: ${JSON.stringify(rows)}): generated anew`);
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  }
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  await applyMigrations({ url: dbUrl, migrationsDir });
  await withClient(dbUrl, async (client) => {
    for (const [label, sql] of statements(shape)) {
      const started = performance.now();
      const result = await client.query(sql);
      log(`generated ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query('VACUUM ANALYZE');
    const rows = await counts(client);
    log(`rows: ${JSON.stringify(rows)}`);
    await client.query(`COMMENT ON DATABASE "${name}" IS '${marker(rows)}'`);
  });
  return dbUrl;
}
