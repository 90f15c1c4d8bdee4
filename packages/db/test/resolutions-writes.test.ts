import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import { createClaim } from '../src/claims';
import { createReport } from '../src/reports';
import { recordResolution } from '../src/resolutions';
import { ValidationError, type WriteContext } from '../src/shared';

let database: TestDatabase;
let prisma: PrismaClient;
let ctx: WriteContext;
let claimId: string;
let monthVerdictId: string;
let reports: Record<'september' | 'novemberSecond' | 'novemberThird', string>;

const exact = 'Granaten';
const counts = async () => ({
  resolutions: await prisma.resolution.count(),
  evidence: await prisma.evidence.count(),
  revisions: await prisma.revision.count(),
});

/** The write is refused with a ValidationError naming `field`, and nothing is stored. */
async function refused(write: () => Promise<unknown>, field: string, message: RegExp) {
  const before = await counts();
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    assert.deepEqual(
      error.issues.map((i) => i.field),
      [field],
    );
    assert.match(error.issues[0]!.message, message);
    return true;
  });
  assert.deepEqual(await counts(), before);
}

before(async () => {
  database = await createMigratedDatabase();
  prisma = createPrismaClient(database.url);
  ctx = { prisma, actor: 'test' };
  const report = async (published: string, body: string) =>
    (await createReport(ctx, { title: body, body, language: 'de', published })).report.id;
  reports = {
    september: await report('2022-09', 'Nordkorea liefert Granaten (September).'),
    novemberSecond: await report('2022-11-02', 'Nordkorea liefert Granaten (2. November).'),
    novemberThird: await report('2022-11-03', 'Nordkorea liefert Granaten (3. November).'),
  };
  claimId = (await createClaim(ctx, { statement: 'North Korea supplies shells to Russia.', kind: 'EVENT', claimed: '2022-09-05' })).id;
});

after(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const resolution = (effective: string, evidence: string[] = []) =>
  recordResolution(ctx, {
    claimId,
    verdict: 'CONFIRMED',
    effective,
    rationale: 'Said so.',
    evidence: evidence.map((reportId) => ({ reportId, anchor: { exact } })),
  });

describe('recordResolution: labels', () => {
  it("an OPEN verdict with a publisher's label is refused, on originalLabel", () =>
    refused(
      () =>
        recordResolution(ctx, { claimId, verdict: 'OPEN', effective: '2022-10', rationale: 'Not yet known.', originalLabel: 'Unproven' }),
      'originalLabel',
      /an OPEN verdict has no publisher's label/,
    ));
});

describe('recordResolution: dates', () => {
  it('a verdict dated before its claim is refused, on effective', () =>
    refused(() => resolution('2022-09-04'), 'effective', /takes effect on 2022-09-04, before the claim was made \(2022-09-05\)/));

  it('a verdict of the claim month on a claim of a day in it is accepted', async () => {
    const stored = await resolution('2022-09');
    assert.equal(stored.effectivePrecision, 'MONTH');
    monthVerdictId = stored.id;
  });

  it('a verdict on the day of its claim is accepted', async () => {
    await resolution('2022-09-05');
  });

  it('evidence published after the verdict takes effect is refused, on its reportId', () =>
    refused(
      () => resolution('2022-11-02', [reports.september, reports.novemberThird]),
      'evidence.1.reportId',
      new RegExp(
        `report ${reports.novemberThird}: the report was published on 2022-11-03, after the verdict takes effect \\(2022-11-02\\)`,
      ),
    ));

  it('evidence published on the day of the verdict, or in an overlapping month, is accepted', async () => {
    const stored = await resolution('2022-11-02', [reports.september, reports.novemberSecond]);
    assert.deepEqual(
      stored.evidence.map((e) => e.reportId),
      [reports.september, reports.novemberSecond],
    );
    await resolution('2022-09-05', [reports.september]);
  });

  it('a correction is held to the same dates', () =>
    refused(
      () => recordResolution(ctx, { claimId, verdict: 'REFUTED', effective: '2022-08', rationale: 'No.', correctsId: monthVerdictId }),
      'effective',
      /before the claim was made/,
    ));
});
