// The SDK's read methods against a real API on the sample data, with exact expected answers.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';
import { createClient, type ClaimGraphClient, type FetchLike } from '../src/index.ts';
import { actorId, claimId, claimKey, SAMPLE_CLAIM_COUNT, seedReportId, sourceId } from './support.ts';

let api: TestApi;
let client: ClaimGraphClient;
before(async () => {
  api = await startTestApi();
  client = createClient({ url: `${api.origin}/graphql` });
});
after(() => api?.stop());

const SEED_TITLE = 'US-Geheimdienst: Russland kauft Artilleriegranaten und Raketen aus Nordkorea';

describe('getReport', () => {
  it('returns the report with its claims in text order, each with its verdict on asOf', async () => {
    const report = await client.getReport(seedReportId, { asOf: '2022-12-01' });
    assert.ok(report);
    assert.equal(report.title, SEED_TITLE);
    assert.equal(report.language, 'de');
    assert.deepEqual(report.published, { text: '2022-09', start: '2022-09-01', precision: 'MONTH' });
    assert.equal(report.publisher?.slug, 'unknown-german-outlet');
    assert.equal(report.claimCount, 11);
    assert.deepEqual(
      report.appearances.map((a) => [claimKey(a.claim?.id), a.claim?.verdict]),
      [
        ['shells', 'PARTLY_CONFIRMED'],
        ['more-equipment', 'OPEN'],
        ['troops-offer', 'OPEN'],
        ['iran-drones', 'CONFIRMED'],
        ['drone-failures', 'REFUTED'],
        ['supply-shortages', 'PARTLY_CONFIRMED'],
        ['dpr-lpr-recognition', 'CONFIRMED'],
        ['new-sanctions', 'OPEN'],
        ['arms-export-violation', 'CONFIRMED'],
        ['workers-violation', 'CONFIRMED'],
        ['lax-enforcement', 'OPEN'],
      ],
    );
    const [shells] = report.appearances;
    assert.equal(shells?.quote?.exact, 'Russland Millionen von Artilleriegranaten und Raketen aus Nordkorea kauft');
    assert.deepEqual(
      shells?.chain?.map((link) => [link.position, link.party?.__typename, link.party?.slug]),
      [
        [1, 'Source', 'nyt'],
        [2, 'Source', 'us-intel-finding-2022-09'],
        [3, 'Actor', 'united-states'],
      ],
    );
    for (const appearance of report.appearances) {
      const { start, end, exact } = appearance.quote ?? {};
      assert.equal(report.body?.slice(start ?? 0, end ?? 0), exact, 'each quote cuts its words out of the body');
    }
  });

  it('answers with today’s verdicts when asOf is left out', async () => {
    const report = await client.getReport(seedReportId);
    assert.deepEqual(
      report?.appearances.filter((a) => a.claim?.verdict !== 'CONFIRMED').map((a) => [claimKey(a.claim?.id), a.claim?.verdict]),
      [
        ['troops-offer', 'PARTLY_CONFIRMED'],
        ['drone-failures', 'REFUTED'],
        ['supply-shortages', 'PARTLY_CONFIRMED'],
        ['new-sanctions', 'PARTLY_CONFIRMED'],
      ],
    );
  });

  it('is null for a report not yet published on asOf', async () => {
    assert.equal(await client.getReport(seedReportId, { asOf: '2022-08-31' }), null);
  });
});

describe('listClaims', () => {
  it('gives one page, newest claim first, with the total and the cursor to go on', async () => {
    const page = await client.listClaims({ first: 3 });
    assert.equal(page.totalCount, SAMPLE_CLAIM_COUNT);
    assert.equal(page.totalCount, 16);
    assert.deepEqual(
      page.nodes.map((c) => claimKey(c.id)),
      ['nis-troops', 'wh-ballistic-missiles', 'nis-million-shells'],
    );
    assert.equal(page.pageInfo.hasNextPage, true);
    const next = await client.listClaims({ first: 3, after: page.pageInfo.endCursor });
    assert.deepEqual(
      next.nodes.map((c) => claimKey(c.id)),
      ['wh-covert-shells', 'nk-denial', 'new-sanctions'],
    );
  });

  it('filters by verdict as it stood on asOf, and by who made the claim', async () => {
    const open = await client.listClaims({ filter: { verdicts: ['OPEN'] }, asOf: '2022-12-01', first: 100 });
    assert.deepEqual(open.nodes.map((c) => claimKey(c.id)).sort(), [
      'lax-enforcement',
      'more-equipment',
      'new-sanctions',
      'nk-denial',
      'troops-offer',
      'wh-covert-shells',
    ]);
    assert.ok(open.nodes.every((c) => c.verdict === 'OPEN'));
    const byUs = await client.listClaims({ filter: { claimantIds: [actorId('united-states')] }, first: 100 });
    assert.equal(byUs.totalCount, 6);
    assert.ok(byUs.nodes.every((c) => c.claimants?.some((a) => a.slug === 'united-states')));
  });

  it('accepts a Date for asOf (its UTC day)', async () => {
    const page = await client.listClaims({ filter: { verdicts: ['OPEN'] }, asOf: new Date('2022-12-01T23:30:00Z') });
    assert.equal(page.totalCount, 6);
  });
});

describe('paginate', () => {
  it('walks every claim page by page until the last', async () => {
    let requests = 0;
    const counting: FetchLike = (url, init) => ((requests += 1), fetch(url, init));
    const walker = createClient({ url: `${api.origin}/graphql`, fetch: counting });
    const ids: string[] = [];
    for await (const claim of walker.paginate.claims({ first: 5 })) ids.push(claim.id);
    assert.equal(ids.length, (await client.listClaims()).totalCount);
    assert.equal(new Set(ids).size, 16);
    assert.equal(requests, 4, '16 claims in pages of 5');
  });

  it('keeps the filter on every page, and can stop early', async () => {
    const confirmed: string[] = [];
    for await (const claim of client.paginate.claims({ filter: { verdicts: ['CONFIRMED'] }, first: 3 }))
      confirmed.push(claimKey(claim.id)!);
    assert.deepEqual(confirmed.sort(), [
      'arms-export-violation',
      'dpr-lpr-recognition',
      'iran-drones',
      'lax-enforcement',
      'more-equipment',
      'shells',
      'workers-violation',
    ]);
    for await (const claim of client.paginate.claims()) {
      assert.equal(claimKey(claim.id), 'nis-troops');
      break;
    }
  });

  it('walks search hits too', async () => {
    const hits: string[] = [];
    for await (const hit of client.paginate.search('North Korea', { kinds: ['CLAIM'], first: 4 })) hits.push(hit.claim!.id);
    assert.equal(hits.length, (await client.search('North Korea', { kinds: ['CLAIM'] })).totalCount);
    assert.equal(new Set(hits).size, hits.length);
  });
});

describe('search', () => {
  it('finds claims best match first, with the matching words marked', async () => {
    const result = await client.search('millions of artillery shells', { kinds: ['CLAIM'] });
    assert.deepEqual([result.totalCount, result.complete], [2, true]);
    assert.deepEqual(
      result.nodes.map((hit) => [hit.kind, claimKey(hit.claim?.id)]),
      [
        ['CLAIM', 'nis-million-shells'],
        ['CLAIM', 'shells'],
      ],
    );
    assert.equal(
      result.nodes[1]?.snippet,
      'Russia is buying <mark>millions</mark> of <mark>artillery</mark> <mark>shells</mark> and rockets from North Korea',
    );
  });

  it('finds reports in their own language', async () => {
    const result = await client.search('Nordkorea', { language: 'de' });
    assert.deepEqual(
      result.nodes.map((hit) => [hit.kind, hit.report?.id, hit.report?.title]),
      [['REPORT', seedReportId, SEED_TITLE]],
    );
  });
});

describe('getClaimTimeline', () => {
  const shells = claimId('shells');
  const steps = (events: { kind: string | null; date: { text: string | null } | null; resolution: { verdict: string | null } | null }[]) =>
    events.map((e) => [e.kind, e.date?.text, e.resolution?.verdict ?? null]);

  it('has four events as of today: the appearance and three verdicts', async () => {
    const claim = await client.getClaimTimeline(shells);
    assert.equal(claim?.verdict, 'CONFIRMED');
    assert.deepEqual(steps(claim.timeline), [
      ['APPEARED', '2022-09', null],
      ['RESOLVED', '2022-09', 'OPEN'],
      ['RESOLVED', '2022-11-02', 'PARTLY_CONFIRMED'],
      ['RESOLVED', '2023-11-01', 'CONFIRMED'],
    ]);
    assert.equal(claim?.timeline[0]?.appearance?.report?.id, seedReportId);
    assert.deepEqual(
      claim?.timeline[3]?.resolution?.evidence?.map((e) => e.report?.published?.text),
      ['2023-11-01', '2023-10-13'],
    );
  });

  it('stops at what was known on asOf: PARTLY_CONFIRMED on 2022-12-01', async () => {
    const claim = await client.getClaimTimeline(shells, { asOf: '2022-12-01' });
    assert.equal(claim?.verdict, 'PARTLY_CONFIRMED');
    assert.deepEqual(steps(claim.timeline), [
      ['APPEARED', '2022-09', null],
      ['RESOLVED', '2022-09', 'OPEN'],
      ['RESOLVED', '2022-11-02', 'PARTLY_CONFIRMED'],
    ]);
  });

  it('is null for a claim not yet made on asOf', async () => {
    assert.equal(await client.getClaimTimeline(shells, { asOf: '2022-08-01' }), null);
  });
});

describe('getClaimProvenance', () => {
  it('counts one independent origin and gives the chain the report names', async () => {
    const claim = await client.getClaimProvenance(claimId('shells'));
    const provenance = claim?.provenance;
    assert.equal(provenance?.independentOriginCount, 1);
    assert.deepEqual(provenance?.origins, [
      {
        appearanceCount: 1,
        firstSeen: { text: '2022-09', start: '2022-09-01', precision: 'MONTH' },
        party: { __typename: 'Actor', id: actorId('united-states'), slug: 'united-states', name: 'United States' },
      },
    ]);
    assert.equal(provenance?.firstAppearance?.report?.id, seedReportId);
    assert.deepEqual(
      provenance?.chains?.map((chain) => chain.links?.map((l) => [l.party?.slug, l.relation])),
      [
        [
          ['nyt', 'first published the declassified finding'],
          ['us-intel-finding-2022-09', 'asserted in'],
          ['united-states', 'declassified and released'],
        ],
      ],
    );
  });
});

describe('getSource', () => {
  it('finds a source by slug or by id, with its counts and its track record', async () => {
    const bySlug = await client.getSource('nyt');
    assert.ok(bySlug);
    const { trackRecord, ...source } = bySlug;
    assert.deepEqual(source, {
      id: sourceId('nyt'),
      slug: 'nyt',
      name: 'The New York Times',
      kind: 'NEWS_OUTLET',
      reliability: 'B',
      description: null,
      homepage: 'https://www.nytimes.com',
      country: 'US',
      reliabilityNote: 'Established newspaper with editorial standards and a corrections policy.',
      version: 1,
      reportCount: 0,
      claimCount: 1,
    });
    // The Times only carried the shells finding (first of three links), confirmed in 2023-11.
    assert.equal(trackRecord.asOf, new Date().toISOString().slice(0, 10));
    assert.equal(trackRecord.originator.claims, 0);
    assert.deepEqual(
      [trackRecord.carried.claims, trackRecord.carried.confirmed, trackRecord.carried.settled, trackRecord.carried.accuracy],
      [1, 1, 1, 1],
    );
    assert.deepEqual(trackRecord.suggestedReliability, { grade: 'F', reason: 'no settled claims yet: cannot be judged' });
    assert.deepEqual(await client.getSource(sourceId('nyt')), bySlug);
    assert.deepEqual(await client.getSource({ slug: 'nyt' }), bySlug);
  });

  it('is null for a slug nobody has', async () => {
    assert.equal(await client.getSource('no-such-outlet'), null);
  });

  it('reads the track record as of a day', async () => {
    // On 2022-12-01 the shells finding was only partly confirmed (2022-11-02).
    const source = await client.getSource('nyt', { asOf: '2022-12-01' });
    assert.equal(source?.trackRecord.asOf, '2022-12-01');
    assert.deepEqual([source?.trackRecord.carried.partlyConfirmed, source?.trackRecord.carried.accuracy], [1, 0.5]);
  });
});

describe('getActor', () => {
  it("returns the actor's track record, today and as of a day", async () => {
    const today = await client.getActor('united-states');
    assert.ok(today);
    assert.equal(today.slug, 'united-states');
    const { originator } = today.trackRecord;
    // Claimant of six: two CONFIRMED, one PARTLY, one REFUTED, two OPEN (see the API's track-record test).
    assert.deepEqual(
      [originator.claims, originator.open, originator.confirmed, originator.partlyConfirmed, originator.refuted, originator.accuracy],
      [6, 2, 2, 1, 1, 0.625],
    );
    assert.deepEqual(
      originator.calibration.map((row) => [row.grade, row.settled]),
      [['POSSIBLY_TRUE', 4]],
    );
    const earlier = await client.getActor('united-states', { asOf: new Date('2023-01-01T00:00:00Z') });
    assert.deepEqual([earlier?.trackRecord.asOf, earlier?.trackRecord.originator.settled], ['2023-01-01', 3]);
  });
});
