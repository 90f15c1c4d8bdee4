import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anchorStatus, locateAnchor } from '../src/appearances';

describe('anchors', () => {
  const body = 'Nordkorea liefert Granaten. Russland kauft Granaten aus Nordkorea.';

  it('are found by their offsets or their unique context', () => {
    const byText = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(byText.start, 28);
    assert.equal(body.slice(byText.start, byText.end), 'Russland kauft');
    assert.deepEqual(locateAnchor(body, { exact: 'Russland kauft', start: 28, end: 42 }), byText);
    const second = locateAnchor(body, { exact: 'Granaten', prefix: 'kauft ' });
    assert.equal(body.slice(second.start, second.end), 'Granaten');
    assert.equal(second.start, 43);
  });

  it('refuse a quote that is absent, ambiguous or outside the body', () => {
    assert.throws(() => locateAnchor(body, { exact: 'Iran' }), /does not occur/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten' }), /more than once/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten', start: 60, end: 68 }), /outside the report body/);
    assert.throws(() => locateAnchor(body, { exact: 'Granaten', start: 0, end: 8 }), /not the quote/);
  });

  it('keep their context and count UTF-16 code units, end exclusive', () => {
    const anchor = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(anchor.prefix, 'Nordkorea liefert Granaten. ');
    assert.equal(anchor.suffix, ' Granaten aus Nordkorea.');
    const text = 'Pjöngjang 🚀 liefert Granaten';
    const emoji = locateAnchor(text, { exact: 'liefert' });
    assert.equal(emoji.start, 13);
    assert.equal(text.slice(emoji.start, emoji.end), 'liefert');
  });

  it('say when they are lost instead of guessing', () => {
    const anchor = locateAnchor(body, { exact: 'Russland kauft' });
    assert.equal(anchorStatus(body, anchor), 'OK');
    assert.equal(anchorStatus(`Neu: ${body}`, anchor), 'LOST');
  });
});
