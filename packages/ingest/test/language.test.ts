import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, guessLanguage } from '../src/index.ts';

test('German and English news sentences are told apart', () => {
  assert.equal(detectLanguage('Die Regierung in Berlin hat am Montag neue Hilfen für die Landwirte angekündigt.'), 'de');
  assert.equal(detectLanguage('The ministry said on Monday that the new aid package would reach farmers by spring.'), 'en');
});

test('a text too short to judge falls back, and says so', () => {
  const guess = guessLanguage('OK', { fallback: 'de' });
  assert.deepEqual(guess, { language: 'de', confidence: 0, fallback: true });
  assert.equal(detectLanguage('123 456'), 'en');
});

test('a confident guess reports a confidence above zero', () => {
  const guess = guessLanguage('Nach Angaben des Ministeriums wurden bis Ende des Jahres rund zweitausend Wohnungen gebaut.');
  assert.equal(guess.language, 'de');
  assert.equal(guess.fallback, false);
  assert.ok(guess.confidence > 0);
});
