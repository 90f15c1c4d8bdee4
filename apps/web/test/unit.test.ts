// The reader's pure functions: where highlights go, how snippets and dates are read, and what
// structured data a claim page may publish.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDay, parseDay } from '@claimgraph/dates';
import { parseAsOf } from '../src/lib/as-of.ts';
import { placeHighlights, type Anchor } from '../src/lib/highlights.ts';
import { scriptJson } from '../src/lib/json-ld.ts';
import { snippetParts } from '../src/lib/snippet.ts';

const anchor = (body: string, exact: string, status = 'OK'): Anchor => {
  const start = body.indexOf(exact);
  return { start, end: start + exact.length, exact, status };
};

describe('placing highlights', () => {
  const body = 'Erster Absatz mit einer Behauptung.\n\nZweiter Absatz: noch eine Behauptung hier.';

  it('cuts each anchor out of its paragraph, keeping the text around it', () => {
    const { paragraphs, unplaced } = placeHighlights(body, [anchor(body, 'einer Behauptung'), anchor(body, 'noch eine')]);
    assert.deepEqual(unplaced, []);
    assert.equal(paragraphs.length, 2);
    assert.deepEqual(paragraphs[0]?.pieces, [
      { kind: 'text', text: 'Erster Absatz mit ' },
      { kind: 'highlight', text: 'einer Behauptung', anchor: 0, first: true },
      { kind: 'text', text: '.' },
    ]);
    assert.equal(paragraphs[1]?.pieces.map((p) => p.text).join(''), 'Zweiter Absatz: noch eine Behauptung hier.');
  });

  it('reports an anchor whose offsets no longer cut its quote as lost, and never guesses', () => {
    const moved = { ...anchor(body, 'einer Behauptung'), start: 0, end: 16 };
    const lost = { ...anchor(body, 'noch eine'), status: 'LOST' };
    const { paragraphs, unplaced } = placeHighlights(body, [moved, lost]);
    assert.deepEqual(unplaced, [
      { anchor: 0, reason: 'lost' },
      { anchor: 1, reason: 'lost' },
    ]);
    assert.ok(paragraphs.every((p) => p.pieces.every((piece) => piece.kind === 'text')));
  });

  it('draws the earlier of two overlapping anchors and lists the later one', () => {
    const { unplaced } = placeHighlights(body, [anchor(body, 'mit einer'), anchor(body, 'einer Behauptung')]);
    assert.deepEqual(unplaced, [{ anchor: 1, reason: 'overlap' }]);
  });

  it('continues a highlight across a paragraph break without a second control', () => {
    const across = anchor(body, 'Behauptung.\n\nZweiter');
    const { paragraphs } = placeHighlights(body, [across]);
    const highlights = paragraphs.flatMap((p) => p.pieces.filter((piece) => piece.kind === 'highlight'));
    assert.deepEqual(
      highlights.map((h) => [h.text, h.kind === 'highlight' && h.first]),
      [
        ['Behauptung.', true],
        ['Zweiter', false],
      ],
    );
  });
});

describe('search snippets', () => {
  it('splits on <mark> and unescapes entities into plain text', () => {
    assert.deepEqual(snippetParts('a &lt;b&gt; &amp; <mark>Granaten</mark> c'), [
      { text: 'a <b> & ', marked: false },
      { text: 'Granaten', marked: true },
      { text: ' c', marked: false },
    ]);
  });

  it('keeps any other markup as literal text', () => {
    assert.deepEqual(snippetParts('<img src=x onerror=alert(1)><mark>x</mark>'), [
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
    ]);
  });
});

describe('the as-of date', () => {
  it('reads a calendar day, today when absent, and refuses anything else', () => {
    assert.deepEqual(parseAsOf('2022-10-01'), { kind: 'day', day: '2022-10-01' });
    assert.deepEqual(parseAsOf(undefined), { kind: 'today' });
    assert.deepEqual(parseAsOf(''), { kind: 'today' });
    for (const input of ['2022-02-30', '2022-13-01', '01.10.2022', '2022-10', 'yesterday']) {
      assert.deepEqual(parseAsOf(input), { kind: 'invalid', input }, input);
    }
  });

  it('refuses a day that is not on the calendar by the rule the API refuses it with', () => {
    assert.deepEqual(parseAsOf('2022-02-31'), { kind: 'invalid', input: '2022-02-31' });
    assert.throws(() => parseDay('2022-02-31'), { message: '"2022-02-31" is not a date: use a calendar day as YYYY-MM-DD' });
    for (const input of ['2022-02-31', '2022-02-29', '2024-02-29', '2022-00-10', '2022-10-01x', '1899-12-31']) {
      assert.equal(parseAsOf(input).kind === 'day', isDay(input), input);
    }
    assert.deepEqual(parseAsOf('2024-02-29'), { kind: 'day', day: '2024-02-29' });
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot close its script element, whatever the text says', () => {
    const json = scriptJson({ '@type': 'ClaimReview', claimReviewed: 'A statement with </script><script>alert(1)</script> & <!-- in it' });
    assert.ok(!json.includes('<') && !json.includes('>') && !json.includes('&'));
    assert.match((JSON.parse(json) as { claimReviewed: string }).claimReviewed, /<\/script><script>alert\(1\)<\/script> & <!--/);
  });
});
