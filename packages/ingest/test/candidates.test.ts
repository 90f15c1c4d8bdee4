import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCandidates, segmentSentences, type NameIndex } from '../src/index.ts';

const names: NameIndex = [
  { id: 'moldova', kind: 'actor', names: ['Moldova', 'Moldau', 'Republik Moldau'] },
  { id: 'eu', kind: 'actor', names: ['European Union', 'Europäische Union', 'EU'] },
];

function candidates(text: string, language: string) {
  return findCandidates(segmentSentences(text, language), language, { names }).map((c) => ({
    rule: c.rule,
    cue: c.cue,
    quote: text.slice(c.quote.start, c.quote.end),
  }));
}

test('a German quotation with "so die" is anchored to the quoted words', () => {
  const text = '„Die Ernte fiel um ein Drittel geringer aus als im Vorjahr“, so die Landwirtschaftskammer.';
  assert.deepEqual(candidates(text, 'de'), [
    { rule: 'de.so-die', cue: 'so die', quote: 'Die Ernte fiel um ein Drittel geringer aus als im Vorjahr' },
  ]);
});

test('"laut", "nach Angaben" and "Berichte, wonach" are German cues', () => {
  const [laut, angaben, berichte] = candidates(
    'Laut dem Statistikamt stiegen die Preise im März um vier Prozent. Nach Angaben der Polizei wurden drei Menschen verletzt. Es gibt Berichte, wonach die Republik Moldau Gas aus Rumänien kauft.',
    'de',
  );
  assert.equal(laut?.rule, 'de.laut');
  assert.equal(angaben?.rule, 'de.nach-angaben');
  assert.deepEqual(berichte, { rule: 'de.berichte-wonach', cue: 'Berichte, wonach', quote: 'die Republik Moldau Gas aus Rumänien kauft' });
});

test('"behauptet, dass" anchors the dass-clause', () => {
  const [c] = candidates('Der Konzern behauptet, dass die Anlage seit Januar sicher läuft.', 'de');
  assert.deepEqual(c, { rule: 'de.behauptet', cue: 'behauptet', quote: 'die Anlage seit Januar sicher läuft' });
});

test('English "according to", "told" and "said" cues', () => {
  const found = candidates(
    'According to the port authority, 40 ships were stuck outside the harbour. A customs officer told Reuters the checks would take weeks. The mayor said the bridge would reopen in May.',
    'en',
  );
  assert.deepEqual(
    found.map((c) => c.rule),
    ['en.according-to', 'en.told', 'en.said'],
  );
});

test('one sentence with two cued clauses gives two candidates', () => {
  const found = candidates(
    'Moldova said it had expelled two diplomats for spying, and the European Union confirmed that it was reviewing the case.',
    'en',
  );
  assert.equal(found.length, 2);
  assert.deepEqual(
    found.map((c) => c.rule),
    ['en.said', 'en.confirmed'],
  );
  assert.equal(found[1]!.quote, 'it was reviewing the case');
});

test('own-voice statements need a figure, a named actor and a verb of fact', () => {
  const [figure] = candidates('Moldova imported 2.5 million tonnes of grain in 2021.', 'en');
  assert.equal(figure?.rule, 'own-voice.number');
  assert.deepEqual(candidates('The weather was lovely and everyone enjoyed the long walk home.', 'en'), []);
  const [prediction] = candidates('Die EU könnte neue Zölle verhängen, wenn die Gespräche scheitern.', 'de');
  assert.equal(prediction?.rule, 'own-voice.prediction');
});

test('questions and cue sentences without checkable content are not candidates', () => {
  assert.deepEqual(candidates('Was sagte der Minister dazu?', 'de'), []);
  assert.deepEqual(candidates('“No,” he said.', 'en'), []);
});
