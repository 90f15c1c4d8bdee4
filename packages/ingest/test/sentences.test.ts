import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentSentences } from '../src/index.ts';

function texts(text: string, language: string) {
  const sentences = segmentSentences(text, language);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text, 'offsets cut the sentence out of the original');
  return sentences.map((s) => s.text);
}

test('German abbreviations, thousands and dates do not end a sentence', () => {
  const text =
    'Am 5. September lieferte Firma Nr. 3 z. B. 100.000 Schuss, so Dr. Weber bzw. ca. 20 Prozent u. a. an die U.S. Army. Danach war Ruhe.';
  assert.deepEqual(texts(text, 'de'), [
    'Am 5. September lieferte Firma Nr. 3 z. B. 100.000 Schuss, so Dr. Weber bzw. ca. 20 Prozent u. a. an die U.S. Army.',
    'Danach war Ruhe.',
  ]);
});

test('a quotation spanning sentences stays one sentence with its attribution', () => {
  const text = '„Wir haben genug Vorräte. Niemand muss hungern“, sagte die Ministerin. Dann ging sie.';
  assert.deepEqual(texts(text, 'de'), ['„Wir haben genug Vorräte. Niemand muss hungern“, sagte die Ministerin.', 'Dann ging sie.']);
  const english = '“We have enough stock. Nobody will go hungry,” the minister said. Then she left.';
  assert.deepEqual(texts(english, 'en'), ['“We have enough stock. Nobody will go hungry,” the minister said.', 'Then she left.']);
});

test('a quotation never closed does not swallow the next paragraph', () => {
  const text = '„Ein Beamter sagte, es werde teurer. Mehr nicht.\n\nNeuer Absatz hier.';
  assert.deepEqual(texts(text, 'de'), ['„Ein Beamter sagte, es werde teurer.', 'Mehr nicht.', 'Neuer Absatz hier.']);
});

test('English titles and initials stay inside their sentence', () => {
  const text = 'Mr. Smith met Gen. J. R. Allen in the U.S. capital on Jan. 4. The talks failed.';
  assert.deepEqual(texts(text, 'en'), ['Mr. Smith met Gen. J. R. Allen in the U.S. capital on Jan. 4.', 'The talks failed.']);
});

test('line breaks end headlines', () => {
  assert.deepEqual(texts('Headline without a stop\nThe body starts here.', 'en'), ['Headline without a stop', 'The body starts here.']);
});
