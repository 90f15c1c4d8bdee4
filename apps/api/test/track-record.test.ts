// trackRecord on Source and Actor over HTTP, on the sample data: the figures the data layer's test
// works out by hand, the asOf argument and its inheritance, and one SQL statement per record.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApi, type TestApi } from './harness';

let api: TestApi;
before(async () => {
  api = await startTestApi();
});
after(() => api?.stop());

const RECORD = `
  asOf
  originator { claims open confirmed partlyConfirmed refuted unverifiable settled accuracy brierScore brierCount settledSince
    calibration { grade probability settled confirmed partlyConfirmed refuted observed }
    history { month day claims settled accuracy } }
  carried { claims settled accuracy }
  suggestedReliability { grade reason }`;

interface Record {
  asOf: string;
  originator: {
    claims: number;
    open: number;
    confirmed: number;
    partlyConfirmed: number;
    refuted: number;
    unverifiable: number;
    settled: number;
    accuracy: number | null;
    brierScore: number | null;
    brierCount: number;
    settledSince: string | null;
    calibration: { grade: string; probability: number | null; settled: number; observed: number }[];
    history: { month: string; day: string; claims: number; settled: number; accuracy: number | null }[];
  };
  carried: { claims: number; settled: number; accuracy: number | null };
  suggestedReliability: { grade: string; reason: string };
}

describe('trackRecord', () => {
  it("an actor's record today, with the statements it took", async () => {
    const { body, statements } = await api.graphql<{ actor: { trackRecord: Record } }>(
      `{ actor(slug: "united-states") { trackRecord { ${RECORD} } } }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const record = body.data!.actor.trackRecord;
    // See packages/db/test/track-records-queries.test.ts for the working.
    const { calibration, history, ...originator } = record.originator;
    assert.deepEqual(originator, {
      claims: 6,
      open: 2,
      confirmed: 2,
      partlyConfirmed: 1,
      refuted: 1,
      unverifiable: 0,
      settled: 4,
      accuracy: 0.625,
      brierScore: 0.1875,
      brierCount: 4,
      settledSince: '2022-08-01',
    });
    assert.deepEqual(calibration, [
      { grade: 'POSSIBLY_TRUE', probability: 0.5, settled: 4, confirmed: 2, partlyConfirmed: 1, refuted: 1, observed: 0.625 },
    ]);
    assert.deepEqual(
      history.map((p) => [p.month, p.settled]),
      [
        ['2022-08', 0],
        ['2022-09', 0],
        ['2022-10', 1],
        ['2022-11', 3],
        ['2023-11', 3], // shells confirmed (was partly): the counts change, the number settled does not
        ['2024-01', 4], // ballistic missiles claimed, further equipment confirmed
      ],
    );
    assert.equal(record.asOf, new Date().toISOString().slice(0, 10));
    assert.deepEqual(record.carried, { claims: 0, settled: 0, accuracy: null });
    assert.deepEqual(record.suggestedReliability, {
      grade: 'F',
      reason: 'only 4 settled claims since 2022-08, fewer than the 5 a grade needs: cannot be judged',
    });
    // The actor, then the record: one statement each.
    assert.equal(statements, 2);
  });

  it('asOf 2023-01-01 reads the verdicts in force then', async () => {
    const { body } = await api.graphql<{ actor: { trackRecord: Record } }>(
      `{ actor(slug: "united-states") { trackRecord(asOf: "2023-01-01") { ${RECORD} } } }`,
    );
    const { originator, asOf } = body.data!.actor.trackRecord;
    assert.equal(asOf, '2023-01-01');
    assert.deepEqual(
      [originator.claims, originator.open, originator.partlyConfirmed, originator.refuted, originator.settled],
      [5, 2, 2, 1, 3],
    );
    assert.equal(originator.accuracy?.toFixed(6), '0.333333');
  });

  it("sources: originator and carried records, asOf inherited from the enclosing field's", async () => {
    const { body, statements } = await api.graphql<{
      ap: { trackRecord: Record };
      nyt: { trackRecord: Record };
      apEarlier: { trackRecord: Record };
    }>(
      `{ ap: source(slug: "ap") { trackRecord { ${RECORD} } }
         nyt: source(slug: "nyt") { trackRecord { ${RECORD} } }
         apEarlier: source(slug: "ap") { trackRecord(asOf: "2023-01-01") { ${RECORD} } } }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const { ap, nyt, apEarlier } = body.data!;
    assert.deepEqual(
      [ap.trackRecord.originator.claims, ap.trackRecord.originator.confirmed, ap.trackRecord.originator.accuracy],
      [3, 3, 1],
    );
    assert.deepEqual(ap.trackRecord.carried, { claims: 1, settled: 1, accuracy: 0.5 });
    assert.deepEqual(nyt.trackRecord.carried, { claims: 1, settled: 1, accuracy: 1 });
    assert.equal(nyt.trackRecord.originator.claims, 0);
    assert.deepEqual([apEarlier.trackRecord.originator.open, apEarlier.trackRecord.originator.confirmed], [1, 2]);
    // Three sources and three records: each root field's source arrives on its own, and its record
    // is read when it does (a list's records are read together: see below).
    assert.equal(statements, 6);
  });

  it('a list of sources with their records: one statement for all the records', async () => {
    const plain = await api.graphql(`{ sources(first: 100) { edges { node { slug } } } }`);
    const { body, statements } = await api.graphql<{ sources: { edges: { node: { slug: string; trackRecord: Record } }[] } }>(
      `{ sources(first: 100) { edges { node { slug trackRecord { ${RECORD} } } } } }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const records = body.data!.sources.edges.map((e) => e.node);
    assert.equal(records.length, 17);
    assert.equal(statements, plain.statements + 1);
    const ap = records.find((r) => r.slug === 'ap')!;
    assert.deepEqual([ap.trackRecord.originator.claims, ap.trackRecord.carried.claims], [3, 1]);
  });

  it('a bad asOf is refused as bad input', async () => {
    const { body } = await api.graphql(`{ source(slug: "ap") { trackRecord(asOf: "2023-02-30") { asOf } } }`);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(body.errors[0].message, /2023-02-30/);
  });
});
