import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseNumbers, numbersAsValues } from '../src/index.ts';

const values = (text: string, language = 'en') => normaliseNumbers(text, language).map((n) => n.value);

test('thousands written four ways are one value', () => {
  assert.deepEqual(values('100 000 und 100.000 und 100\u202F000', 'de'), [100000, 100000, 100000]);
  assert.deepEqual(values('100,000 and 100000'), [100000, 100000]);
});

test('scale words multiply and decimals follow either convention', () => {
  assert.deepEqual(values('1,5 Millionen Menschen und 2 Mrd. Euro', 'de'), [1.5e6, 2e9]);
  assert.deepEqual(values('1.5 million people and 3 billion dollars'), [1.5e6, 3e9]);
  assert.deepEqual(values('2 Billionen', 'de'), [2e12]);
});

test('bare orders of magnitude are marked approximate', () => {
  const [millions, hundreds] = normaliseNumbers('Millionen von Granaten und Hunderten von Drohnen', 'de');
  assert.deepEqual([millions?.value, millions?.approximate, hundreds?.value], [1e6, true, 100]);
});

test('offsets cut the number out of the text, without a following ordinary word', () => {
  const text = 'bis zu 100 000 eigene Soldaten';
  const [n] = normaliseNumbers(text, 'de');
  assert.equal(text.slice(n!.start, n!.end), '100 000');
  assert.equal(numbersAsValues('up to 100,000 troops'), 'up to 100000 troops');
});

test('a count written as a word multiplies a scale word, in either language', () => {
  assert.deepEqual(values('mehr als eine Million Granaten und zwei Milliarden Euro', 'de'), [1e6, 2e9]);
  assert.deepEqual(values('more than one million shells, a million rounds'), [1e6, 1e6]);
  assert.deepEqual(values('Der Sprecher sagte eine Million', 'de'), [1e6]);
  assert.deepEqual(values('one of the shells'), []);
});
