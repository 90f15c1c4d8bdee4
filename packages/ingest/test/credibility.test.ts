import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CREDIBILITY_LEVELS, credibilityFromHedging } from '../src/index.ts';

const grade = (sentence: string, language: string) => credibilityFromHedging(sentence, language);

test('hedged reports are possibly true (3)', () => {
  assert.equal(grade('The factory was reportedly hit twice.', 'en').level, 3);
  assert.equal(grade('Die Fabrik wurde angeblich zweimal getroffen.', 'de').level, 3);
  assert.equal(grade('Es gibt Berichte, wonach die Fabrik getroffen wurde.', 'de').credibility, 'POSSIBLY_TRUE');
  assert.equal(grade('Die Fabrik soll zweimal getroffen worden sein.', 'de').level, 3);
});

test('confirmation is probably true (2), independent confirmation confirmed (1)', () => {
  assert.deepEqual(grade('Bestätigt wurde der Verkauf von zwei Schiffen.', 'de'), {
    credibility: 'PROBABLY_TRUE',
    level: 2,
    cue: 'Bestätigt',
    note: null,
  });
  assert.equal(grade('The sale was independently confirmed by two agencies.', 'en').level, 1);
});

test('an unconfirmed claim cannot be judged, whatever else it says', () => {
  assert.equal(grade('The sale has not been confirmed.', 'en').credibility, 'CANNOT_BE_JUDGED');
  assert.equal(grade('Der Verkauf wurde nicht bestätigt.', 'de').credibility, 'CANNOT_BE_JUDGED');
});

test('a denial is noted, not graded; plain attribution defaults to 6', () => {
  const denied = grade('The ministry denied that any ships were sold.', 'en');
  assert.equal(denied.level, 6);
  assert.match(denied.note ?? '', /denied/);
  assert.match(grade('Das Ministerium bestreitet den Verkauf.', 'de').note ?? '', /bestreitet/);
  assert.deepEqual(grade('The minister said the ships were sold.', 'en'), {
    credibility: 'CANNOT_BE_JUDGED',
    level: 6,
    cue: null,
    note: null,
  });
});

test('the grades are the Prisma enum InformationCredibility', () => {
  const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');
  const body = /enum InformationCredibility \{([^}]*)\}/.exec(schema)?.[1] ?? '';
  assert.deepEqual(body.split(/\s+/).filter(Boolean), Object.keys(CREDIBILITY_LEVELS));
});
