// The chart of a track record as numbers and words, on points worked out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartGeometry, chartSummary, percent } from '../src/lib/record-chart.ts';

const points = [
  { month: '2022-08', day: '2022-08-31', claims: 1, settled: 0, accuracy: null },
  { month: '2022-10', day: '2022-10-31', claims: 4, settled: 1, accuracy: 0 },
  { month: '2022-12', day: '2022-12-31', claims: 4, settled: 2, accuracy: 0.5 },
];

describe('the track-record chart', () => {
  it('one column per point, bars by settled claims, the line by accuracy', () => {
    // Three columns over 544 units (640 - 48 - 48): 181.33 each, centred at 138.7, 320, 501.3.
    const g = chartGeometry(points);
    assert.equal(g.maxSettled, 2);
    assert.deepEqual(
      g.dots.map((d) => [d.month, d.cx, d.cy]),
      [
        ['2022-10', 320, 200], // accuracy 0 at the bottom (16 + 184)
        ['2022-12', 501.3, 108], // accuracy 0.5 half way up
      ],
    );
    assert.equal(g.line, 'M320,200H501.3V108H592');
    assert.deepEqual(
      g.bars.map((b) => [b.month, b.x, b.width, b.height]),
      [
        ['2022-08', 118.7, 40, 0],
        ['2022-10', 300, 40, 92],
        ['2022-12', 481.3, 40, 184],
      ],
    );
    assert.deepEqual(
      g.settledTicks.map((t) => t.value),
      [0, 1, 2],
    );
    assert.deepEqual(
      g.labels.map((l) => l.month),
      ['2022-08', '2022-10', '2022-12'],
    );
  });

  it('thins month labels so that they never overlap', () => {
    const monthly = Array.from({ length: 24 }, (_, i) => ({
      month: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      day: '',
      claims: i + 1,
      settled: i,
      accuracy: 0.5,
    }));
    const { labels } = chartGeometry(monthly);
    // 22.67 units a column: every fourth month is labelled.
    assert.equal(labels.length, 6);
    for (let i = 1; i < labels.length; i += 1) assert.ok(labels[i]!.x - labels[i - 1]!.x >= 70);
  });

  it('says the chart in words', () => {
    assert.equal(
      chartSummary(points, '2023-02-15'),
      'Accuracy was 0 % in 2022-10 (1 settled claim) and 50 % in 2022-12 (2 settled claims), lowest 0 %, highest 50 %.',
    );
    assert.equal(
      chartSummary(points.slice(0, 1), '2022-09-01'),
      '1 claim known by 2022-09-01, none settled yet: there is no accuracy to show.',
    );
    assert.equal(chartSummary([], '2022-09-01'), 'No claims known on 2022-09-01.');
    assert.equal(percent(0.625), '63 %');
    assert.equal(percent(null), '–');
  });
});
