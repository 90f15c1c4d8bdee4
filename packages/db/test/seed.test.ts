import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import { anchorStatus } from '../src/appearances';
import { loadSampleData, sampleData, sampleId, SEED_REPORT_KEY, type LoadCounts, type SampleData } from '../src/seed';

const seedReportId = sampleId(`report:${SEED_REPORT_KEY}`);
const claimId = (key: string) => sampleId(`claim:${key}`);

const SEED_CLAIMS = [
  'shells',
  'more-equipment',
  'troops-offer',
  'iran-drones',
  'drone-failures',
  'supply-shortages',
  'dpr-lpr-recognition',
  'arms-export-violation',
  'new-sanctions',
  'workers-violation',
  'lax-enforcement',
];

// What the sample data holds; a change to the data changes these on purpose.
const EXPECTED: LoadCounts = {
  sources: 17,
  actors: 13,
  actorAliases: 58,
  reports: 24,
  claims: 16,
  claimActors: 47,
  appearances: 17,
  attributionLinks: 20,
  resolutions: 22,
  evidence: 24,
  claimRelations: 6,
  // One per write, as through the API: aliases, claim actors, chains and evidence are recorded
  // in the revision of the actor, claim, appearance or resolution they belong to.
  revisions: 115,
};

let database: TestDatabase;
let prisma: PrismaClient;
let firstLoad: LoadCounts;

async function tableCounts() {
  return {
    sources: await prisma.source.count(),
    actors: await prisma.actor.count(),
    actorAliases: await prisma.actorAlias.count(),
    reports: await prisma.report.count(),
    claims: await prisma.claim.count(),
    claimActors: await prisma.claimActor.count(),
    appearances: await prisma.appearance.count(),
    attributionLinks: await prisma.attributionLink.count(),
    resolutions: await prisma.resolution.count(),
    evidence: await prisma.evidence.count(),
    claimRelations: await prisma.claimRelation.count(),
    revisions: await prisma.revision.count(),
  };
}

describe('sample data', () => {
  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    firstLoad = await loadSampleData(prisma);
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('the sample data loads twice with no duplicates', async () => {
    assert.deepEqual(firstLoad, EXPECTED);
    assert.deepEqual(await tableCounts(), EXPECTED);
    const secondLoad = await loadSampleData(prisma);
    assert.ok(
      Object.values(secondLoad).every((n) => n === 0),
      `second load created ${JSON.stringify(secondLoad)}`,
    );
    assert.deepEqual(await tableCounts(), EXPECTED);
  });

  it('every write leaves a CREATE revision by the loading actor, as the same write through the API does', async () => {
    const revisions = await prisma.revision.groupBy({ by: ['entityType', 'action', 'actor'], _count: true });
    const byType = Object.fromEntries(revisions.map((r) => [r.entityType, r._count]));
    assert.ok(revisions.every((r) => r.action === 'CREATE' && r.actor === 'sample data'));
    assert.deepEqual(byType, {
      Source: EXPECTED.sources,
      Actor: EXPECTED.actors,
      Report: EXPECTED.reports,
      Claim: EXPECTED.claims,
      Appearance: EXPECTED.appearances,
      Resolution: EXPECTED.resolutions,
      ClaimRelation: EXPECTED.claimRelations,
    });
    const resolution = await prisma.revision.findFirstOrThrow({ where: { entityType: 'Resolution' } });
    assert.ok(Array.isArray((resolution.after as { evidence: unknown[] }).evidence), 'a resolution revision holds its evidence');
    const shells = await prisma.revision.findFirstOrThrow({ where: { entityType: 'Claim', entityId: claimId('shells') } });
    assert.equal(
      (shells.after as { statement: string }).statement,
      'Russia is buying millions of artillery shells and rockets from North Korea.',
    );
  });

  it('every quote anchor cuts exactly its text out of the report body', async () => {
    const anchors = [
      ...(await prisma.appearance.findMany({ include: { report: { select: { body: true } } } })),
      ...(await prisma.evidence.findMany({ include: { report: { select: { body: true } } } })),
    ];
    assert.equal(anchors.length, EXPECTED.appearances + EXPECTED.evidence);
    for (const { report, exact, prefix, suffix, start, end } of anchors) {
      assert.equal(anchorStatus(report.body, { exact, start, end }), 'OK', exact);
      assert.equal(report.body.slice(Math.max(0, start - 32), start), prefix, exact);
      assert.equal(report.body.slice(end, end + 32), suffix, exact);
    }
  });

  it('the seed report keeps the file text after its header, hashed and dated 2022-09', async () => {
    const report = await prisma.report.findUniqueOrThrow({ where: { id: seedReportId }, include: { publisher: true } });
    assert.ok(report.body.startsWith('In einem kürzlich freigegebenen Geheimdienstbericht'));
    assert.ok(report.body.endsWith('Atomwaffen zu berauben, erschwert.“'));
    assert.equal(report.language, 'de');
    assert.equal(report.isSummary, false);
    assert.equal(report.publishedOn.toISOString().slice(0, 10), '2022-09-01');
    assert.equal(report.publishedPrecision, 'MONTH');
    assert.equal(report.publisher?.reliability, 'F');
    assert.equal(await prisma.report.count({ where: { isSummary: true, language: 'en' } }), EXPECTED.reports - 1);
  });

  it('all eleven seed claims are anchored in the seed report', async () => {
    const appearances = await prisma.appearance.findMany({ where: { reportId: seedReportId }, select: { claimId: true } });
    assert.deepEqual(appearances.map((a) => a.claimId).sort(), SEED_CLAIMS.map(claimId).sort());
  });

  it("the shells claim's chain runs from the New York Times through the declassified finding to the United States", async () => {
    const appearance = await prisma.appearance.findFirstOrThrow({
      where: { claimId: claimId('shells'), reportId: seedReportId },
      include: { chain: { orderBy: { position: 'asc' }, include: { source: true, actor: true } } },
    });
    assert.equal(appearance.exact, 'Russland Millionen von Artilleriegranaten und Raketen aus Nordkorea kauft');
    assert.deepEqual(
      appearance.chain.map((link) => [link.position, link.source?.slug ?? link.actor?.slug]),
      [
        [1, 'nyt'],
        [2, 'us-intel-finding-2022-09'],
        [3, 'united-states'],
      ],
    );
    assert.equal(appearance.chain[1]?.source?.kind, 'DOCUMENT');
  });

  it("North Korea's denial contradicts the shells claim", async () => {
    const relation = await prisma.claimRelation.findFirstOrThrow({
      where: { toClaimId: claimId('shells'), kind: 'CONTRADICTS' },
      include: {
        fromClaim: {
          include: { actors: { include: { actor: true } }, appearances: { include: { chain: { include: { source: true } } } } },
        },
      },
    });
    const denial = relation.fromClaim;
    assert.equal(denial.claimedOn.toISOString().slice(0, 10), '2022-09-22');
    assert.deepEqual(
      denial.actors.filter((a) => a.role === 'CLAIMANT').map((a) => a.actor.slug),
      ['north-korea'],
    );
    assert.equal(denial.appearances[0]?.chain.find((l) => l.position === 1)?.source?.slug, 'kcna');
  });

  it('the shells claim is OPEN, then partly confirmed, then confirmed', async () => {
    const log = await prisma.resolution.findMany({
      where: { claimId: claimId('shells') },
      orderBy: { effectiveOn: 'asc' },
      include: { evidence: true },
    });
    assert.deepEqual(
      log.map((r) => [r.verdict, r.effectiveOn.toISOString().slice(0, 10), r.effectivePrecision]),
      [
        ['OPEN', '2022-09-01', 'MONTH'],
        ['PARTLY_CONFIRMED', '2022-11-02', 'DAY'],
        ['CONFIRMED', '2023-11-01', 'DAY'],
      ],
    );
    assert.ok(log.every((r) => r.recordedBy === 'sample data' && r.rationale.length > 0 && r.evidence.length > 0));
    const refuted = await prisma.resolution.findFirstOrThrow({ where: { claimId: claimId('drone-failures'), verdict: 'REFUTED' } });
    assert.equal(refuted.originalLabel, 'largely refuted');
  });

  it('the sample data is held to the rules of the writes: a verdict before its claim, evidence after its verdict, a bad country code', async () => {
    const data = sampleData();
    const shellsVerdict = {
      claim: 'shells',
      verdict: 'CONFIRMED' as const,
      effective: '2022-11-02',
      rationale: 'A new verdict.',
      evidence: [],
    };
    const broken: [SampleData, RegExp][] = [
      [
        { ...data, resolutions: [...data.resolutions, { ...shellsVerdict, effective: '2000' }] },
        /resolution of 'shells'.*effective: the verdict takes effect on 2000, before the claim was made/,
      ],
      [
        {
          ...data,
          resolutions: [
            ...data.resolutions,
            { ...shellsVerdict, effective: '2022-11-01', evidence: [{ report: 'wh-covert-shells-2022-11-02', exact: 'John Kirby' }] },
          ],
        },
        /evidence\.0\.reportId: report .*: the report was published on 2022-11-02, after the verdict takes effect \(2022-11-01\)/,
      ],
      [
        {
          ...data,
          sources: [
            ...data.sources,
            { slug: 'new-outlet', name: 'New outlet', kind: 'NEWS_OUTLET', country: 'Germany', reliability: 'F', reliabilityNote: 'test' },
          ],
        },
        /source 'new-outlet'.*country: must be an ISO 3166-1 alpha-2 code/,
      ],
    ];
    for (const [data, message] of broken) {
      await assert.rejects(loadSampleData(prisma, { data }), message);
      assert.deepEqual(await tableCounts(), EXPECTED);
    }
  });

  it('invalid sample data is refused before anything is written', async () => {
    const data = sampleData();
    const broken = {
      ...data,
      sources: [
        ...data.sources,
        { slug: 'new-outlet', name: 'New outlet', kind: 'NEWS_OUTLET' as const, reliability: 'F' as const, reliabilityNote: 'test' },
      ],
      claims: data.claims.map((c) =>
        c.key === 'shells' ? { ...c, appearances: [{ ...c.appearances[0]!, exact: 'Russland kauft keine Granaten' }] } : c,
      ),
    };
    await assert.rejects(loadSampleData(prisma, { data: broken }), /Russland kauft keine Granaten/);
    assert.equal(await prisma.source.count({ where: { slug: 'new-outlet' } }), 0);
    assert.deepEqual(await tableCounts(), EXPECTED);
  });
});
