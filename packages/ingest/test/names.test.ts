import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recogniseNames, type NameIndex } from '../src/index.ts';

const index: NameIndex = [
  { id: 'russia', kind: 'actor', names: ['Russia', 'Russland', 'Moscow', 'Moskau'] },
  { id: 'north-korea', kind: 'actor', names: ['North Korea', 'Nordkorea', 'Pyongyang', 'Pjöngjang'] },
  { id: 'united-states', kind: 'actor', names: ['United States', 'Vereinigte Staaten', 'USA', 'US'] },
  { id: 'ap', kind: 'source', names: ['Associated Press'] },
  { id: 'kcna', kind: 'source', names: ['Korean Central News Agency (KCNA)'] },
];

const found = (text: string) => recogniseNames(text, index).map(({ name, id }) => [name, id]);

test('German inflections and English possessives find their actor', () => {
  assert.deepEqual(found('Nordkoreas Waffen, Russlands Krieg, Moskaus Pläne und Pjöngjangs Antwort'), [
    ['Nordkoreas', 'north-korea'],
    ['Russlands', 'russia'],
    ['Moskaus', 'russia'],
    ['Pjöngjangs', 'north-korea'],
  ]);
  assert.deepEqual(found("Die Vereinigten Staaten und die Politik der USA; Russia's army"), [
    ['Vereinigten Staaten', 'united-states'],
    ['USA', 'united-states'],
    ["Russia's", 'russia'],
  ]);
});

test('case is tolerated, except that short capital names match in capitals only', () => {
  assert.deepEqual(found('NORTH KOREA and russia told us nothing'), [
    ['NORTH KOREA', 'north-korea'],
    ['russia', 'russia'],
  ]);
  assert.deepEqual(found('US-Beamte'), [['US', 'united-states']]);
});

test('initials and abbreviations in parentheses are names too', () => {
  assert.deepEqual(found('so die AP; laut KCNA'), [
    ['AP', 'ap'],
    ['KCNA', 'kcna'],
  ]);
});

test('unknown people, bodies and outlets are proposed as new, with where they stand', () => {
  const text = 'Sprecher John Kirby sagte dem Wall Street Journal, die Lage sei ernst; according to Kyiv Independent nothing moved.';
  const mentions = recogniseNames(text, index).filter((m) => m.id === null);
  assert.deepEqual(
    mentions.map(({ name, hint }) => [name, hint]),
    [
      ['John Kirby', 'person'],
      ['Wall Street Journal', 'outlet'],
      ['Kyiv Independent', 'source'],
    ],
  );
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.name);
});
