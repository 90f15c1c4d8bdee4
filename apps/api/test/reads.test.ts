// Every query family on the sample data, with exact expected answers.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_REPORT_KEY, sampleId } from '@claimgraph/db/seed';
import { globalId, startTestApi, type TestApi } from './harness';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

const claimId = (key: string) => globalId('Claim', sampleId(`claim:${key}`));
const actorId = (slug: string) => globalId('Actor', sampleId(`actor:${slug}`));
const sourceId = (slug: string) => globalId('Source', sampleId(`source:${slug}`));
const keyOfClaim = async (gid: string) => {
  const id = Buffer.from(gid, 'base64').toString().split(':')[1];
  const { sampleData } = await import('@claimgraph/db/seed');
  return sampleData().claims.find((c) => sampleId(`claim:${c.key}`) === id)?.key ?? id;
};

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await api.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

async function claimKeys(filter: object, asOf?: string): Promise<{ total: number; keys: string[] }> {
  const d = await data<{ claims: { totalCount: number; edges: { node: { id: string; verdict: string } }[] } }>(
    `query($f: ClaimFilter, $a: Date) { claims(first: 100, filter: $f, asOf: $a) { totalCount edges { node { id verdict } } } }`,
    { f: filter, a: asOf },
  );
  const keys = await Promise.all(d.claims.edges.map(async (e) => `${await keyOfClaim(e.node.id)}:${e.node.verdict}`));
  return { total: d.claims.totalCount, keys };
}

describe('claims, filtered as an analyst would', () => {
  it('lists every claim, newest claim first, in a stable order that pages without gaps', async () => {
    const all = await claimKeys({});
    assert.equal(all.total, 16);
    assert.deepEqual(all.keys.slice(0, 5), [
      'nis-troops:OPEN',
      'wh-ballistic-missiles:OPEN',
      'nis-million-shells:OPEN',
      'wh-covert-shells:OPEN',
      'nk-denial:REFUTED',
    ]);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: { claims: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await data(
          `query($after: String) { claims(first: 5, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
      paged.push(...page.claims.edges.map((e) => e.node.id));
      after = page.claims.pageInfo.hasNextPage ? page.claims.pageInfo.endCursor : null;
    } while (after);
    assert.equal(paged.length, 16);
    assert.equal(new Set(paged).size, 16);
  });

  it('by current verdict', async () => {
    assert.deepEqual((await claimKeys({ verdicts: ['CONFIRMED'] })).keys.map((k) => k.split(':')[0]).sort(), [
      'arms-export-violation',
      'dpr-lpr-recognition',
      'iran-drones',
      'lax-enforcement',
      'more-equipment',
      'shells',
      'workers-violation',
    ]);
    assert.deepEqual((await claimKeys({ verdicts: ['PARTLY_CONFIRMED'] })).keys.map((k) => k.split(':')[0]).sort(), [
      'new-sanctions',
      'supply-shortages',
      'troops-offer',
    ]);
    assert.deepEqual((await claimKeys({ verdicts: ['REFUTED'] })).keys.map((k) => k.split(':')[0]).sort(), ['drone-failures', 'nk-denial']);
  });

  it('by verdict as it stood on a past day', async () => {
    const open = await claimKeys({ verdicts: ['OPEN'] }, '2022-12-01');
    assert.deepEqual(open.keys.map((k) => k.split(':')[0]).sort(), [
      'lax-enforcement',
      'more-equipment',
      'new-sanctions',
      'nk-denial',
      'troops-offer',
      'wh-covert-shells',
    ]);
  });

  it('by claimant, by actor claimed about, and by source anywhere in the chain', async () => {
    assert.deepEqual((await claimKeys({ claimantIds: [actorId('united-states')] })).keys.map((k) => k.split(':')[0]).sort(), [
      'drone-failures',
      'more-equipment',
      'shells',
      'supply-shortages',
      'wh-ballistic-missiles',
      'wh-covert-shells',
    ]);
    assert.equal((await claimKeys({ subjectIds: [actorId('north-korea')] })).total, 13);
    assert.deepEqual((await claimKeys({ sourceIds: [sourceId('nyt')] })).keys, ['shells:CONFIRMED']);
    assert.deepEqual((await claimKeys({ sourceIds: [sourceId('ap')] })).keys.map((k) => k.split(':')[0]).sort(), [
      'arms-export-violation',
      'lax-enforcement',
      'supply-shortages',
      'workers-violation',
    ]);
  });

  it('by language of the reports they appear in, and by claimed-date range', async () => {
    assert.equal((await claimKeys({ language: 'de' })).total, 11);
    assert.equal((await claimKeys({ language: 'en' })).total, 6);
    assert.equal((await claimKeys({ claimedFrom: '2022-09-01', claimedTo: '2022-09-30' })).total, 10);
  });

  it('with a verdict filter the other conditions answer the same (the page is cut in SQL then; sources alone page from cg_source_claim, claimants or subjects alone from ClaimActor, a language alone from cg_claim_language)', async () => {
    const everyVerdict = ['OPEN', 'CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE'];
    const filters = [
      { claimantIds: [actorId('united-states')] },
      { subjectIds: [actorId('north-korea')] },
      { subjectIds: [actorId('north-korea'), actorId('russia')], claimedFrom: '2022-09-01', claimedTo: '2023-06-30' },
      { claimantIds: [actorId('united-states')], subjectIds: [actorId('north-korea')] },
      { sourceIds: [sourceId('ap')] },
      { sourceIds: [sourceId('ap'), sourceId('nyt'), sourceId('ap')], claimedFrom: '2022-09-01', claimedTo: '2023-06-30' },
      { language: 'de' },
      { language: 'EN' },
      { language: 'de', claimedFrom: '2022-09-01', claimedTo: '2022-12-31' },
      { claimedFrom: '2022-09-01', claimedTo: '2022-09-30' },
    ];
    for (const filter of filters) {
      for (const asOf of [undefined, '2022-09-15']) {
        const plain = await claimKeys(filter, asOf);
        if (!asOf) assert.ok(plain.total > 0, `${JSON.stringify(filter)} finds claims, so agreement says something`);
        assert.deepEqual(await claimKeys({ ...filter, verdicts: everyVerdict }, asOf), plain, JSON.stringify({ filter, asOf }));
      }
    }
  });

  it('by "resolvable by" overdue: past its date and still open', async () => {
    const { createClaim } = await import('@claimgraph/db/claims');
    const made = await createClaim(
      { prisma: api.prisma, actor: 'test' },
      {
        statement: 'North Korea will stop shipping shells to Russia by the end of 2023.',
        kind: 'PREDICTION',
        claimed: '2023-01',
        resolvableBy: '2023-12-31',
      },
    );
    const overdue = await data<{ claims: { edges: { node: { id: string; overdue: boolean } }[] } }>(
      `{ claims(first: 100, filter: { overdue: true }) { edges { node { id overdue } } } }`,
    );
    assert.deepEqual(
      overdue.claims.edges.map((e) => e.node),
      [{ id: globalId('Claim', made.id), overdue: true }],
    );
    const notYet = await data<{ claims: { totalCount: number } }>(
      `{ claims(filter: { overdue: true }, asOf: "2023-06-01") { totalCount } }`,
    );
    assert.equal(notYet.claims.totalCount, 0);
    await api.prisma.claim.update({ where: { id: made.id }, data: { hiddenAt: new Date() } });
  });

  it('recently resolved: claims with a verdict in force, the latest to take effect first, on any day', async () => {
    type Resolved = { id: string; currentResolution: { verdict: string; effective: { start: string } } | null };
    for (const asOf of [undefined, '2022-12-01', '2023-06-01', '2022-01-01']) {
      const every = await data<{ claims: { edges: { node: Resolved }[] } }>(
        `query($a: Date) { claims(first: 100, asOf: $a) { edges { node { id currentResolution { verdict effective { start } } } } } }`,
        { a: asOf },
      );
      const settled = every.claims.edges.map((e) => e.node).filter((c) => c.currentResolution && c.currentResolution.verdict !== 'OPEN');
      const recent = await data<{ recentlyResolved: Resolved[] }>(
        `query($a: Date) { recentlyResolved(first: 20, asOf: $a) { id currentResolution { verdict effective { start } } } }`,
        { a: asOf },
      );
      const day = asOf ?? 'today';
      assert.deepEqual(new Set(recent.recentlyResolved.map((c) => c.id)), new Set(settled.map((c) => c.id)), day);
      const starts = recent.recentlyResolved.map((c) => c.currentResolution!.effective.start);
      assert.deepEqual(starts, [...starts].sort().reverse(), `${day}: the latest verdict first`);
      if (asOf === '2022-01-01') assert.equal(starts.length, 0, 'nothing was resolved yet');
    }
    const { recentlyResolved } = await data<{ recentlyResolved: unknown[] }>(`{ recentlyResolved(first: 2) { id } }`);
    assert.equal(recentlyResolved.length, 2);
  });
});

describe('time travel', () => {
  const shellsAt = `query($id: ID!, $asOf: Date) { claim(id: $id, asOf: $asOf) { verdict timeline { date { text precision } kind resolution { verdict evidence { report { published { text } } } } } } }`;

  for (const [asOf, verdict, steps] of [
    ['2022-09-15', 'OPEN', ['APPEARED 2022-09', 'RESOLVED 2022-09 OPEN']],
    ['2022-12-01', 'PARTLY_CONFIRMED', ['APPEARED 2022-09', 'RESOLVED 2022-09 OPEN', 'RESOLVED 2022-11-02 PARTLY_CONFIRMED']],
    [
      '2024-01-01',
      'CONFIRMED',
      ['APPEARED 2022-09', 'RESOLVED 2022-09 OPEN', 'RESOLVED 2022-11-02 PARTLY_CONFIRMED', 'RESOLVED 2023-11-01 CONFIRMED'],
    ],
  ] as const) {
    it(`the shells claim as known on ${asOf} is ${verdict}`, async () => {
      const d = await data<{
        claim: {
          verdict: string;
          timeline: {
            date: { text: string };
            kind: string;
            resolution: { verdict: string; evidence: { report: { published: { text: string } } }[] } | null;
          }[];
        };
      }>(shellsAt, { id: claimId('shells'), asOf });
      assert.equal(d.claim.verdict, verdict);
      assert.deepEqual(
        d.claim.timeline.map((e) => [e.kind, e.date.text, e.resolution?.verdict].filter(Boolean).join(' ')),
        steps,
      );
      for (const event of d.claim.timeline) {
        for (const evidence of event.resolution?.evidence ?? [])
          assert.ok(evidence.report.published.text <= asOf, 'no evidence from after the day asked');
      }
    });
  }

  it('a claim not yet made, and a report not yet published, do not exist on that day', async () => {
    const d = await data<{ claim: null; reports: { totalCount: number } }>(
      `query($id: ID!) { claim(id: $id, asOf: "2022-10-01") { id } reports(asOf: "2022-10-01") { totalCount } }`,
      { id: claimId('wh-covert-shells') },
    );
    assert.equal(d.claim, null);
    assert.equal(d.reports.totalCount, await api.prisma.report.count({ where: { publishedOn: { lte: new Date('2022-10-01') } } }));
  });

  it('nested fields inherit the day asked at the top', async () => {
    const d = await data<{ claims: { edges: { node: { verdict: string; currentResolution: { effective: { text: string } } | null } }[] } }>(
      `query($id: [ID!]) { claims(asOf: "2022-12-01", filter: { sourceIds: $id }) { edges { node { verdict currentResolution { effective { text } } } } } }`,
      { id: [sourceId('nyt')] },
    );
    assert.deepEqual(d.claims.edges[0]!.node, { verdict: 'PARTLY_CONFIRMED', currentResolution: { effective: { text: '2022-11-02' } } });
  });
});

describe('a claim, its words, its sources and its relations', () => {
  it('dates keep their precision', async () => {
    const d = await data<{ claim: { claimed: object } }>(`query($id: ID!) { claim(id: $id) { claimed { text precision start } } }`, {
      id: claimId('shells'),
    });
    assert.deepEqual(d.claim.claimed, { text: '2022-09', precision: 'MONTH', start: '2022-09-01' });
  });

  it('the shells claim is anchored to its German words, with its attribution chain in order', async () => {
    const d = await data<{
      claim: {
        appearances: {
          quote: { exact: string; status: string; language: string };
          chain: { position: number; relation: string; party: { __typename: string; name: string } }[];
        }[];
      };
    }>(
      `query($id: ID!) { claim(id: $id) { appearances { quote { exact status language } chain { position relation party { __typename ... on Source { name } ... on Actor { name } } } } } }`,
      { id: claimId('shells') },
    );
    const [appearance] = d.claim.appearances;
    assert.deepEqual(appearance!.quote, {
      exact: 'Russland Millionen von Artilleriegranaten und Raketen aus Nordkorea kauft',
      status: 'OK',
      language: 'de',
    });
    assert.deepEqual(
      appearance!.chain.map((l) => `${l.position} ${l.party.__typename} ${l.party.name}`),
      [
        '1 Source The New York Times',
        '2 Source Declassified US intelligence finding on Russian arms purchases from North Korea (2022)',
        '3 Actor United States',
      ],
    );
  });

  it('provenance counts independent origins, not repetitions', async () => {
    const d = await data<{
      claim: {
        provenance: {
          independentOriginCount: number;
          origins: { party: { name: string } | null; appearanceCount: number; firstSeen: { text: string } }[];
        };
      };
    }>(
      `query($id: ID!) { claim(id: $id) { provenance { independentOriginCount origins { party { ... on Source { name } ... on Actor { name } } appearanceCount firstSeen { text } } } } }`,
      { id: claimId('shells') },
    );
    assert.deepEqual(d.claim.provenance, {
      independentOriginCount: 1,
      origins: [{ party: { name: 'United States' }, appearanceCount: 1, firstSeen: { text: '2022-09' } }],
    });
  });

  it("North Korea's denial contradicts the shells claim", async () => {
    const d = await data<{ claim: { relations: { kind: string; direction: string; claim: { id: string } }[] } }>(
      `query($id: ID!) { claim(id: $id) { relations { kind direction claim { id } } } }`,
      { id: claimId('shells') },
    );
    assert.ok(d.claim.relations.some((r) => r.kind === 'CONTRADICTS' && r.direction === 'INCOMING' && r.claim.id === claimId('nk-denial')));
  });

  it('related claims made after the day asked are not yet related', async () => {
    const query = `query($id: ID!, $asOf: Date) { claim(id: $id, asOf: $asOf) { relations { kind claim { id } } } }`;
    const before = await data<{ claim: { relations: { claim: { id: string } }[] } }>(query, { id: claimId('shells'), asOf: '2022-09-15' });
    assert.ok(!before.claim.relations.some((r) => r.claim.id === claimId('nk-denial')), 'the denial came on 2022-09-22');
    const after = await data<{ claim: { relations: { claim: { id: string } }[] } }>(query, { id: claimId('shells'), asOf: '2022-10-01' });
    assert.ok(after.claim.relations.some((r) => r.claim.id === claimId('nk-denial')));
  });

  it('node and nodes resolve global ids of every type', async () => {
    const d = await data<{ nodes: ({ __typename: string } | null)[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`, {
      ids: [
        claimId('shells'),
        actorId('north-korea'),
        sourceId('nyt'),
        globalId('Report', sampleId(`report:${SEED_REPORT_KEY}`)),
        globalId('Claim', '00000000-0000-4000-8000-000000000000'),
      ],
    });
    assert.deepEqual(
      d.nodes.map((n) => n?.__typename),
      ['Claim', 'Actor', 'Source', 'Report', undefined],
    );
  });
});

describe('actors, sources and search', () => {
  it('an actor goes by its aliases in several languages, accents folded', async () => {
    const d = await data<{ actors: { edges: { node: { slug: string; aliases: { name: string; language: string | null }[] } }[] } }>(
      `{ actors(name: "Pjongjang") { edges { node { slug aliases { name language } } } } }`,
    );
    assert.deepEqual(
      d.actors.edges.map((e) => e.node.slug),
      ['north-korea'],
    );
    const names = d.actors.edges[0]!.node.aliases.map((a) => `${a.name}${a.language ? `@${a.language}` : ''}`);
    for (const expected of ['Nordkorea@de', 'Pjöngjang@de']) assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
  });

  it('a name or language holding % or _ matches itself, not anything', async () => {
    const counts = await data<Record<string, { totalCount: number }>>(`{
      sourcesA: sources(name: "a") { totalCount } sourcesPercent: sources(name: "%") { totalCount } sourcesUnderscore: sources(name: "_") { totalCount }
      reportsDe: reports(filter: { language: "de" }) { totalCount } reportsWild: reports(filter: { language: "d_" }) { totalCount }
    }`);
    assert.ok(counts.sourcesA!.totalCount > 0 && counts.reportsDe!.totalCount > 0, JSON.stringify(counts));
    assert.deepEqual(
      [counts.sourcesPercent!.totalCount, counts.sourcesUnderscore!.totalCount, counts.reportsWild!.totalCount],
      [0, 0, 0],
      'no source name holds % or _, and no language is "d_"',
    );
  });

  it('a source lists the claims it carried', async () => {
    const d = await data<{ source: { name: string; claims: { totalCount: number } } }>(
      `{ source(slug: "ap") { name claims { totalCount } } }`,
    );
    assert.deepEqual(d.source, { name: 'Associated Press', claims: { totalCount: 4 } });
  });

  it('"Artilleriegranaten" finds the German seed report first', async () => {
    const d = await data<{ search: { edges: { node: { kind: string; snippet: string; node: { title?: string; language?: string } } }[] } }>(
      `{ search(query: "Artilleriegranaten") { edges { node { kind snippet node { ... on Report { title language } } } } } }`,
    );
    const first = d.search.edges[0]!.node;
    assert.equal(first.kind, 'REPORT');
    assert.equal(first.node.language, 'de');
    assert.match(first.snippet, /<mark>Artilleriegranaten<\/mark>/);
  });

  it('"artillery shells" finds the shells claim with the words marked', async () => {
    const d = await data<{ search: { edges: { node: { kind: string; snippet: string; node: { id?: string } } }[] } }>(
      `{ search(query: "artillery shells", kinds: [CLAIM]) { edges { node { kind snippet node { ... on Claim { id } } } } } }`,
    );
    const hit = d.search.edges.find((e) => e.node.node.id === claimId('shells'));
    assert.ok(hit, 'shells claim found');
    assert.match(hit.node.snippet, /<mark>artillery<\/mark> <mark>shells<\/mark>/);
  });
});
