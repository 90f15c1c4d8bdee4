import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimProvenance, type ProvenanceAppearance, type ProvenanceLink } from '../src/claims';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const source = (id: string): ProvenanceLink => ({ sourceId: id, actorId: null });
const actor = (id: string): ProvenanceLink => ({ sourceId: null, actorId: id });

function appearance(id: string, published: string, chain: ProvenanceLink[], publisherId: string | null = null): ProvenanceAppearance {
  return { id, reportId: `report-${id}`, report: { publishedOn: day(published), publisherId }, chain };
}

const ids = (chains: { appearance: { id: string } }[]) => chains.map((c) => c.appearance.id);

describe('claim provenance', () => {
  it('ten outlets relaying one wire report are one origin', () => {
    const relays = Array.from({ length: 10 }, (_, i) =>
      appearance(`relay-${i}`, `2022-09-${String(10 + i)}`, [source('ap')], `outlet-${i}`),
    );
    const { chains, origins } = claimProvenance(relays);
    assert.equal(chains.length, 10);
    assert.equal(origins.length, 1);
    assert.deepEqual(origins[0]!.origin, { kind: 'link', link: source('ap') });
    assert.equal(origins[0]!.chains.length, 10);
  });

  it("a chain's origin is its last link, not whom the report cites directly", () => {
    const { origins } = claimProvenance([
      appearance('a', '2022-09-01', [source('reuters'), actor('ministry')]),
      appearance('b', '2022-09-02', [source('ap'), actor('ministry')]),
      appearance('c', '2022-09-03', [source('reuters')]),
    ]);
    assert.deepEqual(
      origins.map((o) => [o.origin, ids(o.chains)]),
      [
        [{ kind: 'link', link: actor('ministry') }, ['a', 'b']],
        [{ kind: 'link', link: source('reuters') }, ['c']],
      ],
    );
  });

  it('a report that names no one originates with its publisher, the same origin as chains ending there', () => {
    const { chains, origins } = claimProvenance([
      appearance('own', '2022-09-01', [], 'kyiv-independent'),
      appearance('relay', '2022-09-05', [source('kyiv-independent')], 'bbc'),
    ]);
    assert.deepEqual(chains[0]!.origin, { kind: 'publisher', publisherId: 'kyiv-independent' });
    assert.equal(origins.length, 1);
    assert.deepEqual(ids(origins[0]!.chains), ['own', 'relay']);
  });

  it('reports with neither chain nor publisher are each an origin of their own', () => {
    const { origins } = claimProvenance([appearance('x', '2022-09-01', []), appearance('y', '2022-09-01', [])]);
    assert.deepEqual(
      origins.map((o) => [o.origin.kind, ids(o.chains)]),
      [
        ['unknown', ['x']],
        ['unknown', ['y']],
      ],
    );
  });

  it('a source and an actor with the same id are different origins', () => {
    const { origins } = claimProvenance([appearance('a', '2022-09-01', [source('same')]), appearance('b', '2022-09-02', [actor('same')])]);
    assert.equal(origins.length, 2);
  });

  it('chains run from the earliest report, ties by appearance id, and origins in the order first seen', () => {
    const { chains, origins } = claimProvenance([
      appearance('late', '2022-10-01', [actor('kremlin')]),
      appearance('b-same-day', '2022-09-01', [source('ap')]),
      appearance('a-same-day', '2022-09-01', [source('ap')]),
    ]);
    assert.deepEqual(ids(chains), ['a-same-day', 'b-same-day', 'late']);
    assert.deepEqual(ids(origins[0]!.chains), ['a-same-day', 'b-same-day']);
    assert.deepEqual(origins[1]!.origin, { kind: 'link', link: actor('kremlin') });
  });

  it('on a day, only reports published by then count, including those published that day', () => {
    const all = [
      appearance('early', '2022-09-01', [source('ap')]),
      appearance('on-the-day', '2022-10-01', [actor('kremlin')]),
      appearance('later', '2022-10-02', [source('tass')]),
    ];
    const { chains, origins } = claimProvenance(all, day('2022-10-01'));
    assert.deepEqual(ids(chains), ['early', 'on-the-day']);
    assert.equal(origins.length, 2);
    assert.deepEqual(claimProvenance(all, day('2022-08-31')), { chains: [], origins: [] });
  });
});
