// The NDJSON export and import: a round trip into an empty database gives back every row, ids
// included, record by record; a file that is not an export is refused, naming the line, and
// nothing is written.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { exportGraph, GRAPH_TYPES, importGraph, ImportError } from '../src/exchange';
import { ingestReport } from '../src/proposals';
import { mergeActors, recordDistinction } from '../src/actors';
import { recordResolution } from '../src/resolutions';
import { loadSampleData, sampleId } from '../src/seed';
import { createMigratedDatabase, rowCounts, type TestDatabase } from '../src/testing';
import { ENGLISH_SHELLS } from './fixtures/ingest-texts';

async function lines(prisma: PrismaClient, since?: Date): Promise<string[]> {
  const all: string[] = [];
  for await (const { line } of exportGraph(prisma, { since })) all.push(line);
  return all;
}

describe('NDJSON export and import', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let from: PrismaClient;
  let to: PrismaClient;
  let exported: string[];

  before(async () => {
    source = await createMigratedDatabase();
    target = await createMigratedDatabase();
    from = createPrismaClient(source.url);
    to = createPrismaClient(target.url);
    await loadSampleData(from);
    // Proposals and a second report too: every table of the graph has rows.
    const { body, published, language } = ENGLISH_SHELLS;
    const { proposals } = await ingestReport({ prisma: from, actor: 'test' }, { body, published, language });
    assert.ok(proposals.length > 0);
    // A correction, a merge and a distinction: rows that name rows of their own table.
    const ctx = { prisma: from, actor: 'test' };
    const shells = sampleId('claim:shells');
    const latest = await from.resolution.findFirstOrThrow({ where: { claimId: shells }, orderBy: { effectiveOn: 'desc' } });
    await recordResolution(ctx, {
      claimId: shells,
      verdict: 'PARTLY_CONFIRMED',
      effective: '2024-06',
      rationale: 'A test correction.',
      correctsId: latest.id,
    });
    await mergeActors(ctx, {
      survivorId: sampleId('actor:united-states'),
      mergedId: sampleId('actor:south-korea'),
      reason: 'A test merge.',
    });
    await recordDistinction(ctx, {
      actorAId: sampleId('actor:russia'),
      actorBId: sampleId('actor:north-korea'),
      reason: 'A test distinction.',
    });
    exported = await lines(from);
  });

  after(async () => {
    await from?.$disconnect();
    await to?.$disconnect();
    await source?.drop();
    await target?.drop();
  });

  it('writes one object a line with its type and id, parents before children', () => {
    const seen = new Set<string>();
    const parsed = exported.map((line) => JSON.parse(line) as { type: string; id: string; row: Record<string, unknown> });
    const order = parsed.map((p) => GRAPH_TYPES.indexOf(p.type));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'tables in order',
    );
    const refs: [string, string, string][] = [
      ['Report', 'publisherId', 'Source'],
      ['Appearance', 'claimId', 'Claim'],
      ['Appearance', 'reportId', 'Report'],
      ['AttributionLink', 'appearanceId', 'Appearance'],
      ['Resolution', 'correctsId', 'Resolution'],
      ['Resolution', 'claimId', 'Claim'],
      ['Actor', 'mergedIntoId', 'Actor'],
      ['ActorMerge', 'mergedId', 'Actor'],
      ['Evidence', 'resolutionId', 'Resolution'],
      ['Proposal', 'reportId', 'Report'],
    ];
    for (const { type, id, row } of parsed) {
      for (const [childType, column, parentType] of refs) {
        if (type === childType && row[column])
          assert.ok(seen.has(`${parentType}:${row[column] as string}`), `${type} ${id} after its ${column}`);
      }
      seen.add(`${type}:${id}`);
    }
    const types = new Set(parsed.map((p) => p.type));
    for (const type of GRAPH_TYPES.filter((t) => !['ActorMerge', 'ActorDistinction'].includes(t)))
      assert.ok(types.has(type), `${type} exported`);
    assert.ok(
      parsed.some((p) => p.type === 'Resolution' && p.row.correctsId),
      'a correction is in the sample',
    );
  });

  it('an import into an empty database yields the same graph, record by record', async () => {
    const counts = await importGraph(to, exported);
    const again = await lines(to);
    assert.equal(again.length, exported.length);
    for (const [i, line] of exported.entries()) assert.equal(again[i], line, `record ${i + 1}`);
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b, 0),
      exported.length,
    );
    const before = await rowCounts(from);
    const after = await rowCounts(to);
    for (const table of [...GRAPH_TYPES, 'cg_verdict_period'].filter((t) => t in before)) assert.equal(after[table], before[table], table);
    // The revision log numbers on after the imported entries.
    const { id } = await to.revision.create({ data: { entityType: 'Test', entityId: 'x', action: 'CREATE', actor: 'test' } });
    assert.equal(Number(id), Math.max(...(await from.revision.findMany({ select: { id: true } })).map((r) => Number(r.id))) + 1);
  });

  it('refuses a database that is not empty, and writes nothing', async () => {
    const counts = await rowCounts(to);
    await assert.rejects(
      importGraph(to, exported),
      (error: Error) => error instanceof ImportError && /not empty \(17 Source/.test(error.message),
    );
    assert.deepEqual(await rowCounts(to), counts);
  });

  it('refuses a file that is not an export, naming the line, and writes nothing', async () => {
    const empty = await createMigratedDatabase();
    const prisma = createPrismaClient(empty.url);
    try {
      const nothing = await rowCounts(prisma);
      const refused = async (file: string[], message: RegExp) => {
        await assert.rejects(importGraph(prisma, file), (error: Error) => error instanceof ImportError && message.test(error.message));
        assert.deepEqual(await rowCounts(prisma), nothing);
      };
      await refused([exported[0]!, exported[1]!, '{"type": "Source", '], /^line 3: not JSON/);
      await refused([exported[0]!, '{"type":"Spaceship","id":"x","row":{}}'], /^line 2: type: Invalid option/);
      await refused([exported[0]!.replace('"slug":', '"colour":"red","slug":')], /^line 1: Source has no column "colour"/);
      // An appearance before its claim: the database refuses the reference.
      const appearance = exported.find((l) => (JSON.parse(l) as { type: string }).type === 'Appearance')!;
      await refused(
        [...exported.filter((l) => JSON.parse(l).type === 'Source'), appearance],
        /^line \d+ \(Appearance\): insert or update on table "Appearance" violates foreign key constraint/,
      );
    } finally {
      await prisma.$disconnect();
      await empty.drop();
    }
  });

  it('--since exports only what was created or changed since that day', async () => {
    await from.$executeRawUnsafe(`UPDATE "Source" SET "updatedAt" = '2020-01-01' WHERE slug <> 'nyt'`);
    const since = await lines(from, new Date('2021-01-01T00:00:00Z'));
    const sources = since.map((l) => JSON.parse(l) as { type: string; row: { slug?: string } }).filter((p) => p.type === 'Source');
    assert.deepEqual(
      sources.map((s) => s.row.slug),
      ['nyt'],
    );
    assert.ok(since.length > 1, 'other tables changed since');
  });
});
