import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceCue } from '../src/index.ts';

test('confirmation and denial in both languages', () => {
  assert.equal(evidenceCue('Das Ministerium hat die Lieferung inzwischen bestätigt.', 'de'), 'CONFIRMS');
  assert.equal(evidenceCue('The ministry confirmed the delivery.', 'en'), 'CONFIRMS');
  assert.equal(evidenceCue('Moskau bestreitet die Lieferung.', 'de'), 'REFUTES');
  assert.equal(evidenceCue('Die Regierung dementierte den Bericht.', 'de'), 'REFUTES');
  assert.equal(evidenceCue('Officials denied the delivery.', 'en'), 'REFUTES');
});

test('a negated confirmation and a plain report suggest nothing', () => {
  assert.equal(evidenceCue('Die Lieferung wurde bisher nicht bestätigt.', 'de'), null);
  assert.equal(evidenceCue('The delivery has not been confirmed.', 'en'), null);
  assert.equal(evidenceCue('The minister said the delivery arrived.', 'en'), null);
});
