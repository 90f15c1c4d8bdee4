// The whole graph as NDJSON, and back. One object a line, `{ "type", "id", "row" }`, parents
// before children: every row a line refers to (its source, its claim, the resolution it corrects,
// the actor it was merged into) is on an earlier line. `row` is the table row as PostgreSQL
// writes it (row_to_json: dates as written, enums as their names, bigints as strings), so an
// import into an empty database yields the same rows, ids included, and an export of that
// database is the same file, line for line.
//
// Not exported: API keys (credentials: make new ones), and the cg_* tables, which the database
// derives from resolutions itself (triggers rebuild them on import).
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { z } from 'zod';

interface Table {
  type: string;
  /** A column naming another row of the same table (which must come first). */
  parent?: string;
  /** The id of a row without an id column. */
  key?: readonly string[];
  /** When a row last changed, for `since` (SQL on the row `t`). */
  changed: string;
}

/** Parents before children. */
const TABLES: readonly Table[] = [
  { type: 'Source', changed: 't."updatedAt"' },
  { type: 'Actor', parent: 'mergedIntoId', changed: 't."updatedAt"' },
  { type: 'ActorAlias', changed: 'greatest(t."createdAt", t."hiddenAt")' },
  { type: 'ActorMerge', changed: 'greatest(t."mergedAt", t."undoneAt")' },
  { type: 'ActorDistinction', changed: 't."decidedAt"' },
  { type: 'Report', parent: 'previousVersionId', changed: 't."updatedAt"' },
  { type: 'Claim', changed: 't."updatedAt"' },
  // Claimants and subjects change with their claim (a write replacing them bumps it).
  { type: 'ClaimActor', key: ['claimId', 'actorId', 'role'], changed: '(SELECT c."updatedAt" FROM "Claim" c WHERE c.id = t."claimId")' },
  { type: 'Appearance', changed: 't."updatedAt"' },
  // A chain is replaced with its appearance.
  { type: 'AttributionLink', changed: '(SELECT a."updatedAt" FROM "Appearance" a WHERE a.id = t."appearanceId")' },
  { type: 'Resolution', parent: 'correctsId', changed: 't."recordedAt"' },
  { type: 'Evidence', changed: '(SELECT r."recordedAt" FROM "Resolution" r WHERE r.id = t."resolutionId")' },
  { type: 'ClaimRelation', changed: 'greatest(t."createdAt", t."hiddenAt")' },
  { type: 'Proposal', changed: 't."updatedAt"' },
  { type: 'Revision', changed: 't."at"' },
];

export const GRAPH_TYPES = TABLES.map((t) => t.type);

type Db = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Each table's stored columns (not the generated search columns), with their types. */
async function columnsOf(db: Db): Promise<Map<string, { name: string; type: string }[]>> {
  const rows = await db.$queryRawUnsafe<{ table: string; name: string; type: string }[]>(
    `SELECT table_name AS "table", column_name AS name, data_type AS type
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_generated = 'NEVER' AND table_name = ANY($1::text[])
     ORDER BY table_name, ordinal_position`,
    GRAPH_TYPES,
  );
  const byTable = new Map<string, { name: string; type: string }[]>();
  for (const row of rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), { name: row.name, type: row.type }]);
  return byTable;
}

export interface ExportOptions {
  /** Only rows created or changed on or after this day (as far as each table records it; see TABLES). */
  since?: Date;
}

export interface ExportedLine {
  type: string;
  id: string;
  /** The NDJSON line, without its line end. */
  line: string;
}

/**
 * The graph as NDJSON lines, parents first. One SQL statement per table (and
 * one for the columns); rows of a table that refers to itself come after the rows they name.
 */
export async function* exportGraph(db: Db, options: ExportOptions = {}): AsyncGenerator<ExportedLine, void, undefined> {
  const columns = await columnsOf(db);
  for (const table of TABLES) {
    const cols = columns.get(table.type);
    if (!cols) throw new Error(`the database has no table "${table.type}": are its migrations applied?`);
    // bigint as text: a JSON number would lose digits past 2^53 on the way through JavaScript.
    const select = cols
      .map((c) => (c.type === 'bigint' ? `t.${quote(c.name)}::text AS ${quote(c.name)}` : `t.${quote(c.name)}`))
      .join(', ');
    const id = table.key ? table.key.map((k) => `t.${quote(k)}::text`).join(` || ':' || `) : 't.id::text';
    const where = options.since ? `WHERE ${table.changed} >= $1::date` : '';
    const depth = table.parent
      ? `JOIN (WITH RECURSIVE d (id, depth) AS (
            SELECT id, 0 FROM ${quote(table.type)} WHERE ${quote(table.parent)} IS NULL
            UNION ALL SELECT x.id, d.depth + 1 FROM ${quote(table.type)} x JOIN d ON x.${quote(table.parent)} = d.id
          ) SELECT * FROM d) d ON d.id = t.id`
      : '';
    const order = `${table.parent ? 'd.depth, ' : ''}${table.key ? table.key.map((k) => `t.${quote(k)}`).join(', ') : 't.id'}`;
    const sql = `SELECT ${id} AS id, (SELECT row_to_json(r) FROM (SELECT ${select}) r)::text AS row
      FROM ${quote(table.type)} t ${depth} ${where} ORDER BY ${order}`;
    type Row = { id: string; row: string };
    const rows = await (options.since ? db.$queryRawUnsafe<Row[]>(sql, options.since) : db.$queryRawUnsafe<Row[]>(sql));
    // The row as PostgreSQL wrote it, never parsed and printed again by JavaScript.
    for (const row of rows)
      yield { type: table.type, id: row.id, line: `{"type":"${table.type}","id":${JSON.stringify(row.id)},"row":${row.row}}` };
  }
}

/** Why an import was refused; nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const lineSchema = z.object({
  type: z.enum(GRAPH_TYPES as [string, ...string[]]),
  id: z.string().min(1),
  row: z.record(z.string(), z.unknown()),
});

/** Rows in each table of the graph; an import wants them all 0. */
async function graphRowCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ type: string; n: number }[]>(
    TABLES.map((t) => `SELECT '${t.type}' AS type, count(*)::int AS n FROM ${quote(t.type)}`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

const BATCH = 1_000;

/**
 * Loads an export into an empty database, in one transaction: a line that is not an export's
 * (not JSON, an unknown type, a column the table does not have, a row whose parent is missing)
 * refuses the whole file, naming the line, and nothing is written. Returns the rows loaded by type.
 */
export async function importGraph(prisma: PrismaClient, lines: Iterable<string> | AsyncIterable<string>): Promise<Record<string, number>> {
  const parsed: { line: number; type: string; row: Record<string, unknown> }[] = [];
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ImportError(`line ${number}: not JSON (${(error as Error).message})`);
    }
    const line = lineSchema.safeParse(value);
    if (!line.success) {
      const issue = line.error.issues[0]!;
      throw new ImportError(`line ${number}: ${issue.path.join('.') || 'the line'}: ${issue.message}`);
    }
    parsed.push({ line: number, type: line.data.type, row: line.data.row });
  }
  const columns = await columnsOf(prisma);
  for (const item of parsed) {
    const known = new Set(columns.get(item.type)?.map((c) => c.name));
    const unknown = Object.keys(item.row).find((key) => !known.has(key));
    if (unknown) throw new ImportError(`line ${item.line}: ${item.type} has no column "${unknown}"`);
  }
  const counts: Record<string, number> = Object.fromEntries(GRAPH_TYPES.map((t) => [t, 0]));
  await prisma.$transaction(
    async (tx) => {
      const present = Object.entries(await graphRowCounts(tx)).filter(([, n]) => n > 0);
      if (present.length > 0) {
        throw new ImportError(
          `the database is not empty (${present.map(([t, n]) => `${n} ${t}`).join(', ')}): an export is loaded into an empty database`,
        );
      }
      // Consecutive lines of one type go in together (at most BATCH a statement).
      for (let i = 0; i < parsed.length;) {
        const type = parsed[i]!.type;
        let j = i;
        while (j < parsed.length && parsed[j]!.type === type && j - i < BATCH) j += 1;
        const batch = parsed.slice(i, j);
        const cols = columns
          .get(type)!
          .map((c) => quote(c.name))
          .join(', ');
        try {
          await tx.$executeRawUnsafe(
            `INSERT INTO ${quote(type)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quote(type)}, $1::json)`,
            JSON.stringify(batch.map((b) => b.row)),
          );
        } catch (error) {
          const where = batch.length === 1 ? `line ${batch[0]!.line}` : `lines ${batch[0]!.line}-${batch.at(-1)!.line}`;
          throw new ImportError(`${where} (${type}): ${databaseMessage(error)}`);
        }
        counts[type] = (counts[type] ?? 0) + batch.length;
        i = j;
      }
      // The revision log goes on numbering after the imported entries.
      await tx.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"Revision"', 'id'), coalesce((SELECT max(id) FROM "Revision"), 0) + 1, false)`,
      );
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  return counts;
}

function databaseMessage(error: unknown): string {
  const meta =
    error instanceof Prisma.PrismaClientKnownRequestError
      ? (error.meta as { driverAdapterError?: { cause?: { originalMessage?: string } } } | undefined)
      : undefined;
  const text = meta?.driverAdapterError?.cause?.originalMessage ?? (error as Error).message;
  return (
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? 'refused by the database'
  );
}
