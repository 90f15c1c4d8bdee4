import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currentVerdict, type ResolutionEntry, resolutionsEffectiveBy, resolutionsInForce } from '../src/resolutions';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('verdicts', () => {
  const log: ResolutionEntry[] = [
    { id: 'open', verdict: 'OPEN', effectiveOn: day('2022-09-01'), recordedAt: day('2026-01-01'), correctsId: null },
    { id: 'partly', verdict: 'PARTLY_CONFIRMED', effectiveOn: day('2022-11-02'), recordedAt: day('2026-01-01'), correctsId: null },
    { id: 'confirmed', verdict: 'CONFIRMED', effectiveOn: day('2023-11-01'), recordedAt: day('2026-01-01'), correctsId: null },
  ];

  it('the current verdict is the latest effective by the date asked', () => {
    assert.equal(currentVerdict(log, day('2022-08-01')), 'OPEN');
    assert.equal(currentVerdict(log, day('2022-09-15')), 'OPEN');
    assert.equal(currentVerdict(log, day('2022-11-01')), 'OPEN');
    assert.equal(currentVerdict(log, day('2022-11-02')), 'PARTLY_CONFIRMED');
    assert.equal(currentVerdict(log, day('2022-12-01')), 'PARTLY_CONFIRMED');
    assert.equal(currentVerdict(log, day('2024-01-01')), 'CONFIRMED');
    assert.equal(currentVerdict(log), 'CONFIRMED');
  });

  it('a correction replaces what it corrects from its own effective date on', () => {
    const corrected: ResolutionEntry[] = [
      ...log,
      { id: 'fix', verdict: 'REFUTED', effectiveOn: day('2024-02-01'), recordedAt: day('2026-02-01'), correctsId: 'confirmed' },
    ];
    assert.equal(currentVerdict(corrected, day('2024-01-01')), 'CONFIRMED');
    assert.equal(currentVerdict(corrected, day('2024-03-01')), 'REFUTED');
    assert.deepEqual(
      resolutionsInForce(corrected).map((r) => r.id),
      ['open', 'partly', 'fix'],
    );
  });

  it('the log effective by a day keeps corrected entries, oldest first, same-day entries in recording order', () => {
    const log2: ResolutionEntry[] = [
      { id: 'fix', verdict: 'REFUTED', effectiveOn: day('2024-02-01'), recordedAt: day('2026-02-01'), correctsId: 'confirmed' },
      { id: 'later-same-day', verdict: 'CONFIRMED', effectiveOn: day('2022-11-02'), recordedAt: day('2026-03-01'), correctsId: null },
      ...log,
    ];
    assert.deepEqual(
      resolutionsEffectiveBy(log2).map((r) => r.id),
      ['open', 'partly', 'later-same-day', 'confirmed', 'fix'],
    );
    assert.deepEqual(
      resolutionsEffectiveBy(log2, day('2023-10-31')).map((r) => r.id),
      ['open', 'partly', 'later-same-day'],
    );
  });
});
