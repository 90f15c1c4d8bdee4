import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidDateError, isDay, parseDay, parsePartialDate, startOfDayUtc } from '../src/index.ts';

const DAY_MESSAGE = /^"[^"]*" is not a date: use a calendar day as YYYY-MM-DD$/;
const refusedAsDay = (text: string) => (error: unknown) =>
  error instanceof InvalidDateError && error.input === text && DAY_MESSAGE.test(error.message);

describe('a day', () => {
  it('is read as written when it is on the calendar', () => {
    for (const day of ['2022-10-01', '2022-01-31', '2022-12-31', '2024-02-29', '2000-02-29', '1899-07-14']) {
      assert.equal(parseDay(day), day);
      assert.equal(isDay(day), true, day);
    }
  });

  it('is refused when it does not exist, never rolled over into the next month', () => {
    for (const day of ['2022-02-29', '2022-02-31', '2022-04-31', '1900-02-29', '2022-13-01', '2022-00-10', '2022-01-00', '2022-01-32']) {
      assert.throws(() => parseDay(day), refusedAsDay(day), day);
      assert.equal(isDay(day), false, day);
    }
  });

  it('is refused in any other form, with the same message, trailing junk and spaces included', () => {
    for (const text of [
      '2022-10-01T00:00:00Z',
      '2022-10-01 ',
      ' 2022-10-01',
      '2022-10-01\n',
      '2022-10-01x',
      '2022-1-01',
      '22-10-01',
      '01.10.2022',
      '2022-10',
      '2022',
      'yesterday',
      '',
    ]) {
      assert.throws(() => parseDay(text), refusedAsDay(text), JSON.stringify(text));
    }
  });

  it('names the input in the message', () => {
    assert.throws(() => parseDay('2022-02-31'), { message: '"2022-02-31" is not a date: use a calendar day as YYYY-MM-DD' });
  });

  it('starts at UTC midnight', () => {
    assert.equal(startOfDayUtc('2024-02-29').toISOString(), '2024-02-29T00:00:00.000Z');
    assert.throws(() => startOfDayUtc('2022-02-31'), InvalidDateError);
  });
});

describe('a partial date', () => {
  it('keeps the precision it was given, starting on the first day of its period', () => {
    assert.deepEqual(parsePartialDate('2022'), { precision: 'YEAR', start: '2022-01-01' });
    assert.deepEqual(parsePartialDate('2022-09'), { precision: 'MONTH', start: '2022-09-01' });
    assert.deepEqual(parsePartialDate('2024-02-29'), { precision: 'DAY', start: '2024-02-29' });
  });

  it('judges a day-shaped date as a day, in the same words as a day field', () => {
    for (const day of ['2022-02-29', '2022-02-31', '2022-13-01', '2022-00-10']) {
      assert.throws(() => parsePartialDate(day), { message: `"${day}" is not a date: use a calendar day as YYYY-MM-DD` });
    }
  });

  it('refuses a month that does not exist and anything else, naming the accepted forms', () => {
    for (const text of ['2022-13', '2022-00', '2022-9', '22-09', 'September 2022', '2022 ', '2022-09-', '']) {
      assert.throws(
        () => parsePartialDate(text),
        { message: `${JSON.stringify(text)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` },
        JSON.stringify(text),
      );
    }
  });
});
