import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPartialDate, parsePartialDate, partialDateEnd } from '../src/shared';

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
    for (const bad of ['2022-13', 'September 2022', '22-09', '']) {
      assert.throws(() => parsePartialDate(bad), /use YYYY, YYYY-MM or YYYY-MM-DD/, bad);
    }
  });

  it('refuse a day that is not on the calendar as every layer does, never rolling it over', () => {
    for (const bad of ['2022-02-29', '2022-02-31', '2022-13-01', '2022-00-10']) {
      assert.throws(() => parsePartialDate(bad), { message: `"${bad}" is not a date: use a calendar day as YYYY-MM-DD` }, bad);
    }
    assert.deepEqual(parsePartialDate('2024-02-29'), { start: day('2024-02-29'), precision: 'DAY' });
  });

  it('know where their period ends', () => {
    const month = parsePartialDate('2022-09');
    assert.deepEqual(partialDateEnd(month), day('2022-10-01'));
    assert.deepEqual(partialDateEnd(parsePartialDate('2024')), day('2025-01-01'));
  });
});
