import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import { createActor } from '../src/actors';
import { addAppearance } from '../src/appearances';
import { createClaim } from '../src/claims';
import { createReport } from '../src/reports';
import { recordResolution } from '../src/resolutions';
import { NotFoundError, ValidationError, type WriteContext } from '../src/shared';
import { createSource } from '../src/sources';

const BODY = 'Laut US-Beamten kauft Russland Millionen von Artilleriegranaten aus Nordkorea.';

let database: TestDatabase;
let prisma: PrismaClient;
let ctx: WriteContext;
let ids: { source: string; actor: string; report: string; claim: string };

/** Row counts of every table that a write touches, to prove a refused write changed nothing. */
async function tableCounts() {
  return {
    reports: await prisma.report.count(),
    sources: await prisma.source.count(),
    actors: await prisma.actor.count(),
    aliases: await prisma.actorAlias.count(),
    claims: await prisma.claim.count(),
    claimActors: await prisma.claimActor.count(),
    appearances: await prisma.appearance.count(),
    links: await prisma.attributionLink.count(),
    resolutions: await prisma.resolution.count(),
    evidence: await prisma.evidence.count(),
    revisions: await prisma.revision.count(),
  };
}

async function refusedWithoutChange(write: () => Promise<unknown>, expected: { field: string; message: RegExp }) {
  const beforeCounts = await tableCounts();
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    const issue = error.issues.find((i) => i.field === expected.field);
    assert.ok(issue, `no issue for ${expected.field}: ${JSON.stringify(error.issues)}`);
    assert.match(issue.message, expected.message);
    return true;
  });
  assert.deepEqual(await tableCounts(), beforeCounts);
}

before(async () => {
  database = await createMigratedDatabase();
  prisma = createPrismaClient(database.url);
  ctx = { prisma, actor: 'test' };
  const source = await createSource(ctx, { name: 'Associated Press', kind: 'NEWS_AGENCY', reliability: 'B' });
  const actor = await createActor(ctx, {
    name: 'North Korea',
    kind: 'STATE',
    countryCode: 'KP',
    aliases: [{ name: 'Nordkorea', language: 'de' }],
  });
  const { report } = await createReport(ctx, {
    title: 'Granaten',
    body: BODY,
    language: 'de',
    published: '2022-09',
    publisherId: source.id,
  });
  const claim = await createClaim(ctx, {
    statement: 'Russia is buying artillery shells from North Korea.',
    kind: 'EVENT',
    claimed: '2022-09',
    subjectIds: [actor.id],
  });
  ids = { source: source.id, actor: actor.id, report: report.id, claim: claim.id };
});

after(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('valid writes', () => {
  it('store the row and a revision naming who wrote it', async () => {
    const appearance = await addAppearance(ctx, {
      claimId: ids.claim,
      reportId: ids.report,
      anchor: { exact: 'kauft Russland Millionen von Artilleriegranaten aus Nordkorea' },
      chain: [{ sourceId: ids.source, relation: 'reported' }],
    });
    assert.equal(BODY.slice(appearance.start, appearance.end), appearance.exact);
    assert.equal(appearance.prefix, 'Laut US-Beamten ');
    assert.deepEqual(
      appearance.chain.map((l) => [l.position, l.sourceId]),
      [[1, ids.source]],
    );
    const revision = await prisma.revision.findFirst({ where: { entityType: 'Appearance', entityId: appearance.id } });
    assert.equal(revision?.actor, 'test');
    assert.equal(revision?.action, 'CREATE');
  });

  it('the same report text stored twice is one report', async () => {
    const again = await createReport(ctx, { title: 'Other title', body: BODY, language: 'de', published: '2022-09-05' });
    assert.equal(again.created, false);
    assert.equal(again.report.id, ids.report);
  });

  it('a new actor may not take a name another actor goes by, unless the name is declared shared', async () => {
    const before = await tableCounts();
    await assert.rejects(
      () => createActor(ctx, { name: 'Democratic Republic', kind: 'STATE', aliases: [{ name: 'NORDKOREA', language: 'de' }] }),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.issues[0]?.field === 'aliases.0.name' &&
        /already a name of "North Korea".*allowShared/.test(error.issues[0].message),
    );
    assert.deepEqual(await tableCounts(), before);
    const shared = await createActor(ctx, {
      name: 'Korea (ambiguous)',
      kind: 'STATE',
      aliases: [{ name: 'Nordkorea' }],
      allowShared: true,
    });
    assert.deepEqual(shared.aliases.map((a) => [a.normalized, a.shared]).sort(), [
      ['korea ambiguous', false],
      ['nordkorea', true],
    ]);
  });

  it('an actor keeps its aliases, folded for lookup', async () => {
    const aliases = await prisma.actorAlias.findMany({ where: { actorId: ids.actor }, orderBy: { normalized: 'asc' } });
    assert.deepEqual(
      aliases.map((a) => [a.normalized, a.language]),
      [
        ['nordkorea', 'de'],
        ['north korea', null],
      ],
    );
  });
});

describe('invalid writes are refused with a clear error and change nothing', () => {
  it('an unknown verdict', () =>
    refusedWithoutChange(
      () => recordResolution(ctx, { claimId: ids.claim, verdict: 'PROBABLY' as never, effective: '2022-11-02', rationale: 'x' }),
      { field: 'verdict', message: /OPEN.*CONFIRMED/ },
    ));

  it('an anchor outside the report body', () =>
    refusedWithoutChange(
      () => addAppearance(ctx, { claimId: ids.claim, reportId: ids.report, anchor: { exact: 'Nordkorea', start: 70, end: 500 } }),
      { field: 'anchor.end', message: /outside the report body, which has 78 characters/ },
    ));

  it('an anchor whose offsets do not cut out its quote', () =>
    refusedWithoutChange(
      () => addAppearance(ctx, { claimId: ids.claim, reportId: ids.report, anchor: { exact: 'Nordkorea', start: 0, end: 9 } }),
      { field: 'anchor.exact', message: /holds "Laut US-B" at 0..9/ },
    ));

  it('a claim with no statement', () =>
    refusedWithoutChange(() => createClaim(ctx, { statement: '   ', kind: 'EVENT', claimed: '2022-09' }), {
      field: 'statement',
      message: /must not be empty/,
    }));

  it('a claim with a date that is not a date', () =>
    refusedWithoutChange(() => createClaim(ctx, { statement: 'Something happened.', kind: 'EVENT', claimed: 'September' }), {
      field: 'claimed',
      message: /use YYYY, YYYY-MM or YYYY-MM-DD/,
    }));

  it('evidence quoting words the report does not contain', () =>
    refusedWithoutChange(
      () =>
        recordResolution(ctx, {
          claimId: ids.claim,
          verdict: 'CONFIRMED',
          effective: '2023-11-01',
          rationale: 'NIS said so.',
          evidence: [{ reportId: ids.report, anchor: { exact: 'eine Million Granaten' } }],
        }),
      { field: 'evidence.0.anchor.exact', message: /does not occur/ },
    ));

  it('a claimant that does not exist, after other checks passed', async () => {
    const beforeCounts = await tableCounts();
    await assert.rejects(
      () =>
        createClaim(ctx, { statement: 'A claim.', kind: 'EVENT', claimed: '2022', claimantIds: ['00000000-0000-4000-8000-000000000000'] }),
      (error: unknown) =>
        error instanceof NotFoundError && /Actor 00000000-0000-4000-8000-000000000000 does not exist \(claimantIds\)/.test(error.message),
    );
    assert.deepEqual(await tableCounts(), beforeCounts);
  });

  it('the database itself refuses offsets that cut nothing, even past the write layer', async () => {
    await assert.rejects(
      () => prisma.appearance.create({ data: { claimId: ids.claim, reportId: ids.report, exact: 'x', start: 5, end: 5 } }),
      /cg_appearance_offsets/,
    );
  });
});
