import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  anchorStatus,
  currentVerdict,
  formatPartialDate,
  locateAnchor,
  normalizeName,
  parsePartialDate,
  partialDateEnd,
  resolutionsInForce,
  type ResolutionEntry,
} from '../src/domain';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('partial dates', () => {
  it('keep the precision they were given', () => {
    assert.deepEqual(parsePartialDate('2022-09'), { start: day('2022-09-01'), precision: 'MONTH' });
    assert.deepEqual(parsePartialDate('2022'), { start: day('2022-01-01'), precision: 'YEAR' });
    assert.deepEqual(parsePartialDate('2022-09-22'), { start: day('2022-09-22'), precision: 'DAY' });
    assert.equal(formatPartialDate(parsePartialDate('2022-09')), '2022-09');
    assert.equal(formatPartialDate({ start: day('2022-09-01'), precision: 'DAY' }), '2022-09-01');
  });

  it('refuse what is not a date, with the accepted forms', () => {
    for (const bad of ['2022-13', '2022-02-30', 'September 2022', '22-09', '']) {
      assert.throws(() => parsePartialDate(bad), /use YYYY, YYYY-MM or YYYY-MM-DD/, bad);
    }
  });

  it('know where their period ends', () => {
    const month = parsePartialDate('2022-09');
    assert.deepEqual(partialDateEnd(month), day('2022-10-01'));
    assert.deepEqual(partialDateEnd(parsePartialDate('2024')), day('2025-01-01'));
  });
});

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
    assert.deepEqual(resolutionsInForce(corrected).map((r) => r.id), ['open', 'partly', 'fix']);
  });
});

describe('anchors', () => {
  const body = 'Nordkorea liefert Granaten. Russland kauft Granaten aus Nordkorea.';

  it('are found by their offsets or their unique context', () => {
    const byText = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(byText.start, 28);
    assert.equal(body.slice(byText.start, byText.end), 'Russland kauft');
    assert.deepEqual(locateAnchor(body, { exact: 'Russland kauft', start: 28, end: 42 }), byText);
    const second = locateAnchor(body, { exact: 'Granaten', prefix: 'kauft ' });
    assert.equal(body.slice(second.start, second.end), 'Granaten');
    assert.equal(second.start, 43);
  });

  it('refuse a quote that is absent, ambiguous or outside the body', () => {
    assert.throws(() => locateAnchor(body, { exact: 'Iran' }), /does not occur/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten' }), /more than once/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten', start: 60, end: 68 }), /outside the report body/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten', start: 0, end: 8 }), /not the quote/);
  });

  it('keep their context and count UTF-16 code units, end exclusive', () => {
    const anchor = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(anchor.prefix, 'Nordkorea liefert Granaten. ');
    assert.equal(anchor.suffix, ' Granaten aus Nordkorea.');
    const text = 'Pjöngjang 🚀 liefert Granaten';
    const emoji = locateAnchor(text, { exact: 'liefert' });
    assert.equal(emoji.start, 13);
    assert.equal(text.slice(emoji.start, emoji.end), 'liefert');
  });

  it('say when they are lost instead of guessing', () => {
    const anchor = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(anchorStatus(body, anchor), 'OK');
    assert.equal(anchorStatus(`Neu: ${body}`, anchor), 'LOST');
  });
});

describe('names', () => {
  it('fold case and accents so aliases match', () => {
    assert.equal(normalizeName('Pjöngjang'), 'pjongjang');
    assert.equal(normalizeName('  North   KOREA '), 'north korea');
  });
});
