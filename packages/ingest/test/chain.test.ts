import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionChain } from '../src/index.ts';

test('"so die New York Times, die als erste … veröffentlicht hat" makes the Times the first publisher', () => {
  const { chain, claimants } = attributionChain(
    '„Es gibt keine Möglichkeit, das zu prüfen“, so die New York Times, die als erste die Informationen veröffentlicht hat.',
    'de',
  );
  assert.deepEqual(chain, [{ name: 'New York Times', role: 'first-publisher' }]);
  assert.deepEqual(claimants, []);
});

test('"sagte der Associated Press" makes AP the carrier and the official the claimant', () => {
  const { chain, claimants } = attributionChain('Ein anonymer US-Beamter sagte der Associated Press, die Lage sei ernst.', 'de');
  assert.deepEqual(chain, [
    { name: 'Associated Press', role: 'carrier' },
    { name: 'anonymer US-Beamter', role: 'speaker' },
  ]);
  assert.deepEqual(claimants, [{ name: 'anonymer US-Beamter' }]);
});

test('an English speaker who told an agency: agency first, speaker last', () => {
  const { chain, claimants } = attributionChain('A senior diplomat told Reuters that the talks had collapsed.', 'en');
  assert.deepEqual(chain, [
    { name: 'Reuters', role: 'carrier' },
    { name: 'senior diplomat', role: 'speaker' },
  ]);
  assert.deepEqual(claimants, [{ name: 'senior diplomat' }]);
});

test('an outlet citing a speaker after a quotation', () => {
  const { chain } = attributionChain('“The dam will hold,” said engineer Maria Lopez, according to the Guardian.', 'en');
  assert.deepEqual(chain, [
    { name: 'Guardian', role: 'cited' },
    { name: 'engineer Maria Lopez', role: 'speaker' },
  ]);
});

test('unnamed reports and documents are links too', () => {
  assert.deepEqual(attributionChain('Es gibt Berichte, wonach die Brücke gesperrt ist.', 'de').chain, [
    { name: 'Berichte', role: 'unattributed' },
  ]);
  assert.deepEqual(attributionChain('In einem internen Bericht wird behauptet, dass die Kosten steigen.', 'de').chain, [
    { name: 'internen Bericht', role: 'document' },
  ]);
  assert.deepEqual(attributionChain('Wie die Tagesschau auch berichtet, wurde der Flughafen geschlossen.', 'de').chain, [
    { name: 'Tagesschau', role: 'cited' },
  ]);
});

test('an auxiliary and adverbs between subject and cue are not part of the speaker', () => {
  assert.deepEqual(attributionChain('Russia has repeatedly said it does not target civilians.', 'en').claimants, [{ name: 'Russia' }]);
  assert.deepEqual(attributionChain('Die Regierung hat erneut erklärt, sie plane keine Steuererhöhung.', 'de').claimants, [
    { name: 'Regierung' },
  ]);
});
