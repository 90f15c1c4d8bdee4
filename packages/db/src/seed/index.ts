// Loads ClaimGraph's sample data in one transaction. Rows have ids derived from stable keys, so
// a second load finds everything in place and creates nothing. Sources, actors and reports are
// matched by their natural keys (slug, content hash) first: sample data attaches to a source or
// report that is already there instead of duplicating it.
import type { Prisma, PrismaClient } from '../client';
import { sampleData } from './data';
import type { SampleData } from './data/types';
import { toJson } from '../shared';
import { planSampleData, type SamplePlan } from './plan';

export { sampleData, SEED_REPORT_KEY } from './data';
export type * from './data/types';
export { planSampleData, sampleId } from './plan';

export interface LoadOptions {
  /** Who the revision log names as the author of every row created. */
  actor?: string;
  /** The data to load; ClaimGraph's own sample data by default. */
  data?: SampleData;
}

export type LoadCounts = { [Table in keyof SamplePlan]: number } & { revisions: number };

type Row = Record<string, unknown>;

interface Table {
  /** The model name, as the revision log records it. */
  model: string;
  delegate(tx: Prisma.TransactionClient): unknown;
  /** What makes a row the same row: its id, or a natural key where there is one. */
  key: string[];
}

interface Delegate {
  findMany(args: object): Promise<Row[]>;
  createManyAndReturn(args: object): Promise<Row[]>;
}

// In dependency order: a table's rows refer only to tables above it.
const TABLES: [keyof SamplePlan, Table][] = [
  ['sources', { model: 'Source', delegate: (tx) => tx.source, key: ['slug'] }],
  ['actors', { model: 'Actor', delegate: (tx) => tx.actor, key: ['slug'] }],
  ['actorAliases', { model: 'ActorAlias', delegate: (tx) => tx.actorAlias, key: ['actorId', 'normalized'] }],
  ['reports', { model: 'Report', delegate: (tx) => tx.report, key: ['contentHash'] }],
  ['claims', { model: 'Claim', delegate: (tx) => tx.claim, key: ['id'] }],
  ['claimActors', { model: 'ClaimActor', delegate: (tx) => tx.claimActor, key: ['claimId', 'actorId', 'role'] }],
  ['appearances', { model: 'Appearance', delegate: (tx) => tx.appearance, key: ['id'] }],
  ['attributionLinks', { model: 'AttributionLink', delegate: (tx) => tx.attributionLink, key: ['id'] }],
  ['resolutions', { model: 'Resolution', delegate: (tx) => tx.resolution, key: ['id'] }],
  ['evidence', { model: 'Evidence', delegate: (tx) => tx.evidence, key: ['id'] }],
  ['claimRelations', { model: 'ClaimRelation', delegate: (tx) => tx.claimRelation, key: ['id'] }],
];

const keyOf = (table: Table, row: Row) => table.key.map((field) => String(row[field])).join(':');

/**
 * Loads the sample data (validated in full before anything is written) and returns how many
 * rows of each kind it created; each created row leaves a CREATE revision.
 */
export async function loadSampleData(prisma: PrismaClient, options: LoadOptions = {}): Promise<LoadCounts> {
  const actor = options.actor ?? 'sample data';
  const plan = planSampleData(options.data ?? sampleData());
  return prisma.$transaction(
    async (tx) => {
      // Planned id → id of the row already there under the same natural key.
      const existingIds = new Map<string, string>();
      const counts = { revisions: 0 } as LoadCounts;
      const revisions: Prisma.RevisionCreateManyInput[] = [];
      for (const [name, table] of TABLES) {
        const delegate = table.delegate(tx) as Delegate;
        const rows = (plan[name] as Row[]).map((row) => remapForeignKeys(row, existingIds));
        const hasId = 'id' in (rows[0] ?? {});
        const [first] = table.key as [string];
        const existing =
          rows.length === 0
            ? []
            : await delegate.findMany({
                where: { [first]: { in: [...new Set(rows.map((row) => row[first]))] } },
                select: Object.fromEntries([...table.key, ...(hasId ? ['id'] : [])].map((field) => [field, true])),
              });
        const present = new Map(existing.map((row) => [keyOf(table, row), row]));
        const missing: Row[] = [];
        for (const row of rows) {
          const found = present.get(keyOf(table, row));
          if (!found) missing.push(row);
          else if (hasId && found.id !== row.id) existingIds.set(String(row.id), String(found.id));
        }
        const created = missing.length === 0 ? [] : await delegate.createManyAndReturn({ data: missing, skipDuplicates: true });
        counts[name] = created.length;
        for (const row of created) {
          revisions.push({
            entityType: table.model,
            entityId: hasId ? String(row.id) : keyOf(table, row),
            action: 'CREATE',
            after: toJson(row),
            actor,
          });
        }
      }
      if (revisions.length > 0) counts.revisions = (await tx.revision.createMany({ data: revisions })).count;
      return counts;
    },
    { timeout: 60_000 },
  );
}

function remapForeignKeys(row: Row, existingIds: Map<string, string>): Row {
  if (existingIds.size === 0) return row;
  const out: Row = { ...row };
  for (const [field, value] of Object.entries(row)) {
    if (field !== 'id' && field.endsWith('Id') && typeof value === 'string') out[field] = existingIds.get(value) ?? value;
  }
  return out;
}
