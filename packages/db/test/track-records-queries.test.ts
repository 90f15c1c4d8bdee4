// Track records read from the database: the sample data against figures worked out by hand from
// its claims, chains and verdicts (the working is in the comments), the credit rule on a chain
// built for the purpose, and one SQL statement per record however many claims there are.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createActor, mergeActors } from '../src/actors';
import { addAppearance } from '../src/appearances';
import { createClaim } from '../src/claims';
import { createReport } from '../src/reports';
import { recordResolution } from '../src/resolutions';
import { loadSampleData, sampleId } from '../src/seed';
import { createSource } from '../src/sources';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import { actorTrackRecord, actorTrackRecords, sourceTrackRecord, sourceTrackRecords, type PartyRecord } from '../src/track-records';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The figures a test compares: claims, counts by verdict (O C P R U), settled, accuracy, Brier score. */
function figures(record: PartyRecord) {
  const { OPEN, CONFIRMED, PARTLY_CONFIRMED, REFUTED, UNVERIFIABLE } = record.counts;
  return {
    claims: record.claims,
    counts: [OPEN, CONFIRMED, PARTLY_CONFIRMED, REFUTED, UNVERIFIABLE],
    settled: record.settled,
    accuracy: record.accuracy === null ? null : Number(record.accuracy.toFixed(6)),
    brier: record.brierScore === null ? null : Number(record.brierScore.toFixed(6)),
  };
}

describe('track records on the sample data', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const counter = { statements: 0 };
  const source = (slug: string) => sampleId(`source:${slug}`);
  const actor = (slug: string) => sampleId(`actor:${slug}`);

  before(async () => {
    database = await createMigratedDatabase();
    const setup = createPrismaClient(database.url);
    await loadSampleData(setup);
    await setup.$disconnect();
    prisma = createPrismaClient(database.url, { onQuery: () => (counter.statements += 1) });
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('the United States as a claimant, today', async () => {
    counter.statements = 0;
    const record = await actorTrackRecord(prisma, actor('united-states'));
    assert.equal(counter.statements, 1, 'one SQL statement');
    // Claimant of six: Iranian drones fail (REFUTED, possibly true), millions of shells (CONFIRMED,
    // possibly true), further equipment (CONFIRMED, possibly true), supply shortages (PARTLY,
    // possibly true), covert shell supply and ballistic missiles (no verdict yet: OPEN).
    // Accuracy (2 + 0.5) / 4; Brier ((0.5-0)² + (0.5-1)² + (0.5-1)² + (0.5-0.5)²) / 4 = 0.75 / 4.
    assert.deepEqual(figures(record.originator), { claims: 6, counts: [2, 2, 1, 1, 0], settled: 4, accuracy: 0.625, brier: 0.1875 });
    assert.deepEqual(figures(record.carried), { claims: 0, counts: [0, 0, 0, 0, 0], settled: 0, accuracy: null, brier: null });
    assert.deepEqual(record.suggestedReliability, {
      grade: 'F',
      reason: 'only 4 settled claims since 2022-08, fewer than the 5 a grade needs: cannot be judged',
    });
    assert.deepEqual(
      record.originator.calibration.map((row) => [row.grade, row.settled, row.observed]),
      [['POSSIBLY_TRUE', 4, 0.625]],
    );
  });

  it('the United States on 2023-01-01, when fewer claims were settled', async () => {
    const record = await actorTrackRecord(prisma, actor('united-states'), day('2023-01-01'));
    // Ballistic missiles (2024) not made yet; shells only PARTLY (2022-11-02), further equipment
    // still OPEN (confirmed 2024), drones REFUTED (2022-10), shortages PARTLY (2022-11), covert OPEN.
    // Accuracy (0 + 2 × 0.5) / 3; Brier (0.25 + 0 + 0) / 3.
    assert.deepEqual(figures(record.originator), { claims: 5, counts: [2, 0, 2, 1, 0], settled: 3, accuracy: 0.333333, brier: 0.083333 });
    assert.deepEqual(
      record.originator.history.map((p) => [p.month, p.claims, p.settled, p.accuracy === null ? null : Number(p.accuracy.toFixed(4))]),
      [
        ['2022-08', 1, 0, null], // drones claimed
        ['2022-09', 4, 0, null], // shells, further equipment, shortages claimed
        ['2022-10', 4, 1, 0], // drones refuted
        ['2022-11', 5, 3, 0.3333], // shells and shortages partly; covert supply claimed
      ],
    );
  });

  it('the publisher of the seed report originates what it says in its own voice', async () => {
    const today = await sourceTrackRecord(prisma, source('unknown-german-outlet'));
    // No chain: Iranian drone deal (CONFIRMED 2022-09-13, probably true), recognition of the
    // republics (CONFIRMED, confirmed), new sanctions (PARTLY 2024-03, possibly true).
    // Brier ((0.75-1)² + (0.95-1)² + 0) / 3 = 0.065 / 3.
    assert.deepEqual(figures(today.originator), { claims: 3, counts: [0, 2, 1, 0, 0], settled: 3, accuracy: 0.833333, brier: 0.021667 });
    assert.equal(today.carried.claims, 0, 'publishing a report that cites others is not carrying it');
    const earlier = await sourceTrackRecord(prisma, source('unknown-german-outlet'), day('2023-01-01'));
    assert.deepEqual(figures(earlier.originator), { claims: 3, counts: [1, 2, 0, 0, 0], settled: 2, accuracy: 1, brier: 0.0325 });
  });

  it('AP: originator of what it reports, carrier of what it relays from officials', async () => {
    const today = await sourceTrackRecord(prisma, source('ap'));
    // Last link of three chains: arms exports violate resolutions, workers violate them (both
    // CONFIRMED, confirmed), China and Russia do not enforce sanctions (CONFIRMED 2024-03, probably true).
    assert.deepEqual(figures(today.originator), { claims: 3, counts: [0, 3, 0, 0, 0], settled: 3, accuracy: 1, brier: 0.0225 });
    // First of two links in "shortages" (ap > unnamed US officials): PARTLY, possibly true.
    assert.deepEqual(figures(today.carried), { claims: 1, counts: [0, 0, 1, 0, 0], settled: 1, accuracy: 0.5, brier: 0 });
    const earlier = await sourceTrackRecord(prisma, source('ap'), day('2023-01-01'));
    assert.deepEqual(earlier.originator.counts, { OPEN: 1, CONFIRMED: 2, PARTLY_CONFIRMED: 0, REFUTED: 0, UNVERIFIABLE: 0 });
  });

  it('the New York Times only carried the shells finding', async () => {
    const today = await sourceTrackRecord(prisma, source('nyt'));
    assert.deepEqual(figures(today.originator).claims, 0);
    assert.deepEqual(figures(today.carried), { claims: 1, counts: [0, 1, 0, 0, 0], settled: 1, accuracy: 1, brier: 0.25 });
    const earlier = await sourceTrackRecord(prisma, source('nyt'), day('2023-01-01'));
    assert.deepEqual(figures(earlier.carried), { claims: 1, counts: [0, 0, 1, 0, 0], settled: 1, accuracy: 0.5, brier: 0 });
  });

  it('many sources or actors in one statement, each the same as on its own', async () => {
    const slugs = ['ap', 'nyt', 'unknown-german-outlet', 'us-officials-unnamed', 'kcna'];
    const alone = await Promise.all(slugs.map((slug) => sourceTrackRecord(prisma, source(slug), day('2023-06-01'))));
    counter.statements = 0;
    const together = await sourceTrackRecords(prisma, slugs.map(source), day('2023-06-01'));
    assert.equal(counter.statements, 1, 'one SQL statement for five sources');
    assert.deepEqual(
      slugs.map((slug) => together.get(source(slug))),
      alone,
    );
    const actors = ['united-states', 'north-korea', 'south-korea', 'russia'];
    const actorsTogether = await actorTrackRecords(prisma, actors.map(actor));
    for (const slug of actors) assert.deepEqual(actorsTogether.get(actor(slug)), await actorTrackRecord(prisma, actor(slug)), slug);
  });

  it('a day before any report knows nothing', async () => {
    const record = await sourceTrackRecord(prisma, source('ap'), day('2020-01-01'));
    assert.equal(record.originator.claims + record.carried.claims, 0);
  });
});

describe('credit through an attribution chain (built case)', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const ids: Record<string, string> = {};

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    const ctx = { prisma, actor: 'test' };
    for (const name of ['Outlet', 'Wire', 'Ministry Press Office']) {
      ids[name] = (await createSource(ctx, { name, kind: 'NEWS_OUTLET' })).id;
    }
    ids.minister = (await createActor(ctx, { name: 'Minister', kind: 'PERSON' })).id;
    ids.deputy = (await createActor(ctx, { name: 'Deputy', kind: 'PERSON' })).id;
    const body = 'The dam will open in May. The bridge was closed. The port is busy.';
    const { report } = await createReport(ctx, { title: 'T', body, language: 'en', published: '2023-02-01', publisherId: ids.Outlet });
    const later = await createReport(ctx, {
      title: 'Later',
      body: 'Later: the port is busy.',
      language: 'en',
      published: '2023-06-01',
      publisherId: ids.Outlet,
    });
    // Outlet reports: Wire says the Ministry Press Office says the minister said: the dam opens.
    // Chain: Wire (1) > Ministry Press Office (2) > minister (3). The minister originated it.
    const dam = await createClaim(ctx, {
      statement: 'The dam will open in May.',
      kind: 'PREDICTION',
      claimed: '2023-02-01',
      credibility: 'PROBABLY_TRUE',
      appearance: {
        reportId: report.id,
        anchor: { exact: 'The dam will open in May.' },
        chain: [{ sourceId: ids.Wire }, { sourceId: ids['Ministry Press Office'] }, { actorId: ids.minister }],
      },
    });
    await recordResolution(ctx, { claimId: dam.id, verdict: 'REFUTED', effective: '2023-06-01', rationale: 'It stayed shut.' });
    // The Wire originates the bridge claim (last and only link).
    const bridge = await createClaim(ctx, {
      statement: 'The bridge was closed.',
      kind: 'EVENT',
      claimed: '2023-02-01',
      credibility: 'CONFIRMED',
      appearance: { reportId: report.id, anchor: { exact: 'The bridge was closed.' }, chain: [{ sourceId: ids.Wire }] },
    });
    await recordResolution(ctx, { claimId: bridge.id, verdict: 'CONFIRMED', effective: '2023-02-02', rationale: 'Photographed.' });
    // The port: carried by the Wire from the deputy in February; in June's report the Wire is the
    // last link: from then on the Wire originated it (a claim counts once, as originator).
    const port = await createClaim(ctx, {
      statement: 'The port is busy.',
      kind: 'EVENT',
      claimed: '2023-02-01',
      credibility: 'POSSIBLY_TRUE',
      claimantIds: [ids.deputy],
      appearance: { reportId: report.id, anchor: { exact: 'The port is busy.' }, chain: [{ sourceId: ids.Wire }, { actorId: ids.deputy }] },
    });
    await addAppearance(ctx, {
      claimId: port.id,
      reportId: later.report.id,
      anchor: { exact: 'the port is busy.' },
      chain: [{ sourceId: ids.Wire }],
    });
    await recordResolution(ctx, { claimId: port.id, verdict: 'PARTLY_CONFIRMED', effective: '2023-03-01', rationale: 'Busy at times.' });
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("the chain's last link is the originator; the links before it carried the claim", async () => {
    const minister = await actorTrackRecord(prisma, ids.minister!);
    assert.deepEqual([minister.originator.claims, minister.originator.counts.REFUTED, minister.carried.claims], [1, 1, 0]);
    const office = await sourceTrackRecord(prisma, ids['Ministry Press Office']!);
    assert.deepEqual([office.originator.claims, office.carried.claims, office.carried.counts.REFUTED], [0, 1, 1]);
  });

  it('a claim counts once per party: originator anywhere wins over carrier', async () => {
    // In March the Wire originated the bridge and carried the dam and the port.
    const march = await sourceTrackRecord(prisma, ids.Wire!, day('2023-03-15'));
    assert.deepEqual([march.originator.claims, march.originator.counts.CONFIRMED], [1, 1]);
    assert.deepEqual([march.carried.claims, march.carried.counts.OPEN, march.carried.counts.PARTLY_CONFIRMED], [2, 1, 1]);
    // Once June's report names it last for the port, the port moves to its originator record.
    const july = await sourceTrackRecord(prisma, ids.Wire!, day('2023-07-01'));
    assert.deepEqual(figures(july.originator), { claims: 2, counts: [0, 1, 1, 0, 0], settled: 2, accuracy: 0.75, brier: 0.00125 });
    assert.deepEqual(figures(july.carried), { claims: 1, counts: [0, 0, 0, 1, 0], settled: 1, accuracy: 0, brier: 0.5625 });
  });

  it('the outlet that published the report is neither: it cited the wire; a claimant originates', async () => {
    const outlet = await sourceTrackRecord(prisma, ids.Outlet!);
    assert.equal(outlet.originator.claims + outlet.carried.claims, 0);
    const deputy = await actorTrackRecord(prisma, ids.deputy!);
    assert.deepEqual([deputy.originator.claims, deputy.carried.claims], [1, 0]);
  });

  it("an actor's record includes the actors merged into it", async () => {
    const before = await actorTrackRecord(prisma, ids.deputy!);
    await mergeActors({ prisma, actor: 'test' }, { survivorId: ids.minister!, mergedId: ids.deputy!, reason: 'same person' });
    const merged = await actorTrackRecord(prisma, ids.minister!);
    assert.equal(merged.originator.claims, 1 + before.originator.claims);
  });
});
