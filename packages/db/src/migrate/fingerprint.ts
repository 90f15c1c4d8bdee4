// An order-insensitive description of what lives in a database's `public` schema, to compare
// two databases built different ways. Catalog queries rather than `pg_dump -s`: a dump orders
// columns by position (an `ADD COLUMN` lands last), carries random `\restrict` tokens, and
// pg_dump 15 refuses the embedded server 18.
import { withClient } from './connection';

export interface CatalogEntry {
  kind: 'table' | 'column' | 'constraint' | 'index' | 'enum' | 'type' | 'sequence' | 'function' | 'trigger' | 'view' | 'extension';
  /** Unique within its kind, e.g. `"Report"."title"`. */
  name: string;
  definition: string;
  /** Written by hand in migrations (a `cg_` name, or an index over a `cg_` column). */
  handWritten: boolean;
}

const HAND_WRITTEN = /^cg_/;
/** Stock Prisma's history table, and anything an extension owns, is no part of the model. */
const HISTORY_TABLE = '_prisma_migrations';

const NOT_FROM_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

const QUERIES: Record<CatalogEntry['kind'], string> = {
  table: `SELECT quote_ident(c.relname) AS name, c.relname AS raw, c.relkind::text AS definition
            FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
             AND ${NOT_FROM_EXTENSION('c.oid')}`,
  column: `SELECT quote_ident(c.relname) || '.' || quote_ident(a.attname) AS name, a.attname AS raw, c.relname AS "table",
                  format_type(a.atttypid, a.atttypmod)
                  || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                  || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
                  || CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                          WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END AS definition
             FROM pg_attribute a
             JOIN pg_class c ON c.oid = a.attrelid
             LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
              AND a.attnum > 0 AND NOT a.attisdropped AND ${NOT_FROM_EXTENSION('c.oid')}`,
  // NOT NULL is a column property above; PostgreSQL 18 also lists it here as contype 'n'.
  constraint: `SELECT quote_ident(c.relname) || '.' || quote_ident(k.conname) AS name, k.conname AS raw, c.relname AS "table",
                      pg_get_constraintdef(k.oid) AS definition
                 FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                WHERE c.relnamespace = 'public'::regnamespace AND k.contype <> 'n'`,
  index: `SELECT quote_ident(tablename) || '.' || quote_ident(indexname) AS name, indexname AS raw, tablename AS "table",
                 indexdef AS definition
            FROM pg_indexes WHERE schemaname = 'public'`,
  enum: `SELECT quote_ident(t.typname) AS name, t.typname AS raw,
                string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS definition
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE t.typnamespace = 'public'::regnamespace AND ${NOT_FROM_EXTENSION('t.oid')}
          GROUP BY t.typname`,
  type: `SELECT quote_ident(t.typname) AS name, t.typname AS raw, t.typtype::text || ' ' || format_type(t.typbasetype, t.typtypmod) AS definition
           FROM pg_type t
          WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('c', 'd', 'r', 'm')
            AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
            AND ${NOT_FROM_EXTENSION('t.oid')}`,
  sequence: `SELECT quote_ident(sequencename) AS name, sequencename AS raw,
                    concat_ws(' ', data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size) AS definition
               FROM pg_sequences WHERE schemaname = 'public'`,
  function: `SELECT quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name, p.proname AS raw,
                    pg_get_function_result(p.oid) || ' body md5 ' || md5(pg_get_functiondef(p.oid)) AS definition
               FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
                AND ${NOT_FROM_EXTENSION('p.oid')}`,
  trigger: `SELECT quote_ident(c.relname) || '.' || quote_ident(g.tgname) AS name, g.tgname AS raw, c.relname AS "table",
                   pg_get_triggerdef(g.oid) AS definition
              FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
             WHERE c.relnamespace = 'public'::regnamespace AND NOT g.tgisinternal`,
  view: `SELECT quote_ident(c.relname) AS name, c.relname AS raw, pg_get_viewdef(c.oid) AS definition
           FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
            AND ${NOT_FROM_EXTENSION('c.oid')}`,
  extension: `SELECT quote_ident(extname) AS name, extname AS raw, '' AS definition
                FROM pg_extension WHERE extname <> 'plpgsql'`,
};

interface Row {
  name: string;
  raw: string;
  table?: string;
  definition: string;
}

/** Every object in `public` (and every extension), sorted, without `_prisma_migrations`. */
export async function catalogFingerprint(url: string): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  await withClient(url, async (client) => {
    for (const [kind, sql] of Object.entries(QUERIES) as [CatalogEntry['kind'], string][]) {
      const { rows } = await client.query<Row>(sql);
      for (const row of rows) {
        if (row.raw === HISTORY_TABLE || row.table === HISTORY_TABLE) continue;
        const handWritten =
          HAND_WRITTEN.test(row.raw) ||
          (row.table !== undefined && HAND_WRITTEN.test(row.table)) ||
          (kind === 'index' && /\bcg_/.test(row.definition.slice(row.definition.indexOf(' USING '))));
        entries.push({ kind, name: row.name, definition: row.definition, handWritten });
      }
    }
  });
  return entries.sort((a, b) => entryKey(a).localeCompare(entryKey(b)));
}

function entryKey(entry: CatalogEntry): string {
  return `${entry.kind} ${entry.name}`;
}

export function describeEntry(entry: CatalogEntry): string {
  return entry.definition ? `${entryKey(entry)}: ${entry.definition}` : entryKey(entry);
}

/**
 * The differences between `left` and `right`, one line each, naming the object
 * (`column "Report"."summary" only in the schema: text`).
 */
export function compareFingerprints(
  left: { label: string; entries: CatalogEntry[] },
  right: { label: string; entries: CatalogEntry[] },
): string[] {
  const leftByKey = new Map(left.entries.map((entry) => [entryKey(entry), entry]));
  const rightByKey = new Map(right.entries.map((entry) => [entryKey(entry), entry]));
  const differences: string[] = [];
  for (const [key, entry] of leftByKey) {
    const other = rightByKey.get(key);
    if (!other) differences.push(`${key} only in ${left.label}${entry.definition ? `: ${entry.definition}` : ''}`);
    else if (other.definition !== entry.definition) {
      differences.push(`${key} differs: ${left.label} has ${entry.definition}; ${right.label} has ${other.definition}`);
    }
  }
  for (const [key, entry] of rightByKey) {
    if (!leftByKey.has(key)) differences.push(`${key} only in ${right.label}${entry.definition ? `: ${entry.definition}` : ''}`);
  }
  return differences.sort();
}
