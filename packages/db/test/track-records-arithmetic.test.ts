// The track-record arithmetic on cases worked out by hand (the working is in the comments).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InformationCredibility, Verdict } from '../generated/prisma/enums';
import { recordHistory, suggestReliability, tally, type RecordClaim } from '../src/track-records';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let nextId = 0;

function claim(
  claimed: string,
  credibility: InformationCredibility,
  log: { verdict: Verdict; on: string; id?: string; corrects?: string }[],
): RecordClaim {
  return {
    claimedOn: day(claimed),
    credibility,
    resolutions: log.map((r) => ({
      id: r.id ?? `r${(nextId += 1)}`,
      verdict: r.verdict,
      effectiveOn: day(r.on),
      recordedAt: day(r.on),
      correctsId: r.corrects ?? null,
    })),
  };
}

// c1..c6: a mix of every verdict, every kind of grade and a correction (c6: CONFIRMED in
// 2022-10, corrected to REFUTED in 2023-01).
const claims: RecordClaim[] = [
  claim('2022-09-01', 'POSSIBLY_TRUE', [
    { verdict: 'OPEN', on: '2022-09-01' },
    { verdict: 'CONFIRMED', on: '2022-11-02' },
  ]),
  claim('2022-09-10', 'PROBABLY_TRUE', [{ verdict: 'REFUTED', on: '2023-02-15' }]),
  claim('2022-10-05', 'DOUBTFUL', [{ verdict: 'PARTLY_CONFIRMED', on: '2022-12-01' }]),
  claim('2022-10-20', 'CANNOT_BE_JUDGED', [{ verdict: 'CONFIRMED', on: '2022-10-25' }]),
  claim('2023-03-01', 'CONFIRMED', [{ verdict: 'UNVERIFIABLE', on: '2023-04-01' }]),
  claim('2022-09-15', 'PROBABLY_TRUE', [
    { verdict: 'CONFIRMED', on: '2022-10-01', id: 'c6-confirmed' },
    { verdict: 'REFUTED', on: '2023-01-10', corrects: 'c6-confirmed' },
  ]),
];

describe('track-record arithmetic', () => {
  it('counts, settled, accuracy and Brier score on 2023-06-01', () => {
    const figures = tally(claims, day('2023-06-01'));
    // c1 CONFIRMED, c2 REFUTED, c3 PARTLY, c4 CONFIRMED, c5 UNVERIFIABLE, c6 REFUTED (corrected).
    assert.equal(figures.claims, 6);
    assert.deepEqual(figures.counts, { OPEN: 0, CONFIRMED: 2, PARTLY_CONFIRMED: 1, REFUTED: 2, UNVERIFIABLE: 1 });
    assert.equal(figures.settled, 5);
    // (2 + 1/2) / 5
    assert.equal(figures.accuracy, 0.5);
    // c1 (0.5-1)² = 0.25, c2 (0.75-0)² = 0.5625, c3 (0.25-0.5)² = 0.0625, c6 (0.75-0)² = 0.5625;
    // c4 CANNOT_BE_JUDGED states no probability. 1.4375 / 4.
    assert.equal(figures.brierCount, 4);
    assert.equal(figures.brierScore, 0.359375);
    assert.deepEqual(figures.settledSince, day('2022-09-01'));
  });

  it('calibration: one row per grade with a settled claim, in grade order', () => {
    const { calibration } = tally(claims, day('2023-06-01'));
    assert.deepEqual(
      calibration.map((row) => [row.grade, row.probability, row.settled, row.confirmed, row.partlyConfirmed, row.refuted, row.observed]),
      [
        ['PROBABLY_TRUE', 0.75, 2, 0, 0, 2, 0],
        ['POSSIBLY_TRUE', 0.5, 1, 1, 0, 0, 1],
        ['DOUBTFUL', 0.25, 1, 0, 1, 0, 0.5],
        ['CANNOT_BE_JUDGED', null, 1, 1, 0, 0, 1],
      ],
    );
  });

  it('an earlier day reads the verdicts in force then and leaves later claims out', () => {
    const figures = tally(claims, day('2022-12-31'));
    // c1 CONFIRMED, c2 OPEN (nothing effective yet), c3 PARTLY, c4 CONFIRMED, c6 CONFIRMED (not yet
    // corrected); c5 not made yet.
    assert.equal(figures.claims, 5);
    assert.deepEqual(figures.counts, { OPEN: 1, CONFIRMED: 3, PARTLY_CONFIRMED: 1, REFUTED: 0, UNVERIFIABLE: 0 });
    assert.equal(figures.settled, 4);
    assert.equal(figures.accuracy, 0.875);
    // c1 0.25, c3 0.0625, c6 (0.75-1)² = 0.0625: 0.375 / 3.
    assert.equal(figures.brierScore, 0.125);
  });

  it('nothing settled: no accuracy, no Brier score, no calibration', () => {
    const figures = tally([claim('2022-09-01', 'PROBABLY_TRUE', [{ verdict: 'OPEN', on: '2022-09-01' }])], day('2023-01-01'));
    assert.deepEqual([figures.claims, figures.settled, figures.accuracy, figures.brierScore, figures.calibration], [1, 0, null, null, []]);
  });

  it('history: one point per month with a change, read on the month end (asOf in its own month)', () => {
    const points = recordHistory(claims, day('2023-04-20'));
    assert.deepEqual(
      points.map((p) => [p.month, p.day.toISOString().slice(0, 10), p.claims, p.settled, p.accuracy]),
      [
        ['2022-09', '2022-09-30', 3, 0, null],
        ['2022-10', '2022-10-31', 5, 2, 1], // c4 and c6 confirmed
        ['2022-11', '2022-11-30', 5, 3, 1], // c1 confirmed
        ['2022-12', '2022-12-31', 5, 4, 0.875], // c3 partly
        ['2023-01', '2023-01-31', 5, 4, 0.625], // c6 corrected to refuted: 2.5 / 4
        ['2023-02', '2023-02-28', 5, 5, 0.5], // c2 refuted
        ['2023-03', '2023-03-31', 6, 5, 0.5], // c5 made, OPEN
        ['2023-04', '2023-04-20', 6, 5, 0.5], // c5 UNVERIFIABLE, read on asOf
      ],
    );
  });

  it('history: a month whose entries change nothing has no point', () => {
    const points = recordHistory(
      [
        claim('2022-09-01', 'PROBABLY_TRUE', [
          { verdict: 'OPEN', on: '2022-09-01' },
          { verdict: 'OPEN', on: '2022-11-15' },
          { verdict: 'CONFIRMED', on: '2023-02-01' },
        ]),
      ],
      day('2024-01-01'),
    );
    assert.deepEqual(
      points.map((p) => [p.month, p.settled]),
      [
        ['2022-09', 0],
        ['2023-02', 1],
      ],
    );
  });

  it('history: every point is what tally reads on its day, on random records', () => {
    // The definition, month by month: tally every claim afresh on each month's day.
    const byDefinition = (list: RecordClaim[], asOf: Date) => {
      const months = new Set<string>();
      for (const c of list) {
        if (c.claimedOn > asOf) continue;
        months.add(c.claimedOn.toISOString().slice(0, 7));
        for (const r of c.resolutions) if (r.effectiveOn <= asOf) months.add(r.effectiveOn.toISOString().slice(0, 7));
      }
      const points: [string, string, number, number, number | null][] = [];
      let previous = '';
      for (const key of [...months].sort()) {
        // Day 0 of the next month is this month's last day.
        const monthEnd = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0));
        const onDay = monthEnd < asOf ? monthEnd : asOf;
        const figures = tally(list, onDay);
        const signature = JSON.stringify([figures.claims, figures.counts]);
        if (signature === previous) continue;
        previous = signature;
        points.push([key, onDay.toISOString().slice(0, 10), figures.claims, figures.settled, figures.accuracy]);
      }
      return points;
    };
    // A seeded generator (mulberry32): the same records on every run.
    let seed = 15;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const someDay = () => new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
    const verdicts: Verdict[] = ['OPEN', 'CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE'];
    const grades: InformationCredibility[] = ['CONFIRMED', 'PROBABLY_TRUE', 'POSSIBLY_TRUE', 'DOUBTFUL', 'IMPROBABLE', 'CANNOT_BE_JUDGED'];
    let pointsSeen = 0;
    for (let trial = 0; trial < 200; trial++) {
      const list: RecordClaim[] = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
        const claimedOn = someDay();
        const resolutions: RecordClaim['resolutions'][number][] = [];
        for (let n = Math.floor(random() * 4); n > 0; n--) {
          // Most take effect after the claim; some before it (a verdict on what was already settled).
          const effectiveOn = random() < 0.8 ? new Date(claimedOn.getTime() + Math.floor(random() * 400) * 86_400_000) : someDay();
          const corrects = resolutions.length && random() < 0.3 ? pick(resolutions).id : null;
          resolutions.push({
            id: `r${(nextId += 1)}`,
            verdict: pick(verdicts),
            effectiveOn,
            recordedAt: effectiveOn,
            correctsId: corrects,
          });
        }
        return { claimedOn, credibility: pick(grades), resolutions };
      });
      const asOf = someDay();
      const expected = byDefinition(list, asOf);
      pointsSeen += expected.length;
      assert.deepEqual(
        recordHistory(list, asOf).map((p) => [p.month, p.day.toISOString().slice(0, 10), p.claims, p.settled, p.accuracy]),
        expected,
        `trial ${trial}`,
      );
    }
    // The records are not trivially empty: thousands of points were compared.
    assert.ok(pointsSeen > 1000, `${pointsSeen} points`);
  });

  it('suggests a grade by accuracy, with its reason in words', () => {
    const seven = [
      ...Array.from({ length: 7 }, () => claim('2022-09-05', 'PROBABLY_TRUE', [{ verdict: 'CONFIRMED', on: '2022-12-01' }])),
      claim('2022-11-01', 'PROBABLY_TRUE', [{ verdict: 'REFUTED', on: '2023-01-01' }]),
      claim('2022-08-01', 'PROBABLY_TRUE', []),
    ];
    // 7 / 8 = 0.875: at least 0.8, below 0.95: B. The OPEN claim of 2022-08 is not settled: "since" is 2022-09.
    assert.deepEqual(suggestReliability(tally(seven, day('2023-06-01'))), {
      grade: 'B',
      reason: '7 of 8 settled claims confirmed since 2022-09',
    });
    // 2.5 / 5 = 0.5: D, and a partly confirmed claim is named with the accuracy.
    assert.deepEqual(suggestReliability(tally(claims, day('2023-06-01'))), {
      grade: 'D',
      reason: '2 of 5 settled claims confirmed and 1 partly confirmed since 2022-09 (accuracy 50 %)',
    });
  });

  it('suggests A at exactly 0.95 and E below 0.5', () => {
    const record = (confirmed: number, refuted: number) => [
      ...Array.from({ length: confirmed }, () => claim('2023-01-01', 'POSSIBLY_TRUE', [{ verdict: 'CONFIRMED', on: '2023-02-01' }])),
      ...Array.from({ length: refuted }, () => claim('2023-01-01', 'POSSIBLY_TRUE', [{ verdict: 'REFUTED', on: '2023-02-01' }])),
    ];
    assert.equal(suggestReliability(tally(record(19, 1), day('2024-01-01'))).grade, 'A');
    assert.equal(suggestReliability(tally(record(18, 2), day('2024-01-01'))).grade, 'B');
    assert.equal(suggestReliability(tally(record(2, 3), day('2024-01-01'))).grade, 'E');
  });

  it('F below the minimum of settled claims, and with nothing settled', () => {
    assert.deepEqual(suggestReliability(tally(claims, day('2022-12-31'))), {
      grade: 'F',
      reason: 'only 4 settled claims since 2022-09, fewer than the 5 a grade needs: cannot be judged',
    });
    // 3.5 / 4 = 0.875 once 4 are enough.
    assert.equal(suggestReliability(tally(claims, day('2022-12-31')), 4).grade, 'B');
    assert.deepEqual(suggestReliability(tally([], day('2022-12-31'))), { grade: 'F', reason: 'no settled claims yet: cannot be judged' });
  });
});
