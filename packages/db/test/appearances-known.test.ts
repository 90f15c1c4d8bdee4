import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { knownAppearances, knownBy } from '../src/appearances';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const published = (id: string, on: string) => ({ id, report: { publishedOn: day(on) } });

describe('appearances known by a day', () => {
  it('an appearance is known from the day its report was published, not before', () => {
    const a = published('a', '2022-10-01');
    assert.equal(knownBy(a, day('2022-09-30')), false);
    assert.equal(knownBy(a, day('2022-10-01')), true);
    assert.equal(knownBy(a, day('2022-10-02')), true);
  });

  it('without a day, everything is known', () => {
    assert.equal(knownBy(published('future', '2099-01-01')), true);
  });

  it('known appearances come earliest report first, ties by id', () => {
    const list = [published('c', '2022-11-01'), published('b', '2022-09-01'), published('a', '2022-09-01'), published('z', '2023-01-01')];
    assert.deepEqual(
      knownAppearances(list, day('2022-12-31')).map((a) => a.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      list.map((a) => a.id),
      ['c', 'b', 'a', 'z'],
      'the list given is left as it was',
    );
  });
});
