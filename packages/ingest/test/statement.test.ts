import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishStatement } from '../src/index.ts';

test('an English quote becomes a tidy sentence', () => {
  assert.deepEqual(englishStatement({ quote: { exact: 'the bridge would reopen in May' }, language: 'en' }), {
    text: 'The bridge would reopen in May.',
    language: 'en',
    untranslated: false,
  });
});

test('a German quote is kept as it is and marked untranslated, never passed off as English', () => {
  const draft = englishStatement({ quote: { exact: 'die Brücke werde im Mai wieder geöffnet' }, language: 'de' });
  assert.deepEqual(draft, { text: '[untranslated de] Die Brücke werde im Mai wieder geöffnet.', language: 'de', untranslated: true });
});
