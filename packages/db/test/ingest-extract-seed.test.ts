import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract, type Candidate, type NameIndex } from '@claimgraph/ingest';
import { sampleData, SEED_REPORT_KEY } from '../src/seed';

// The text pipeline (@claimgraph/ingest) on the seed report, judged against the hand-made sample
// anchors. It lives here, beside the sample data, so that the pipeline itself needs no database package.

/** The name index a caller builds from the graph, built here from the sample data. */
function sampleNameIndex(): NameIndex {
  const data = sampleData();
  return [
    ...data.actors.map((a) => ({ id: a.slug, kind: 'actor' as const, names: [a.name, ...a.aliases.map((x) => x.name)] })),
    ...data.sources.map((s) => ({ id: s.slug, kind: 'source' as const, names: [s.name] })),
  ];
}

const names = sampleNameIndex();

function seedBody(): string {
  const file = new URL('../seed-data/reports/000_8cd6da2f7a34876a.txt', import.meta.url);
  return readFileSync(file, 'utf8').replace(/^ date \d{4}(?:-\d{2}){0,2} /, '');
}

const overlaps = (c: Candidate, start: number, end: number) => c.quote.start < end && start < c.quote.end;

test('the seed report: at least 10 of the 11 sample anchors are proposed, false proposals counted', () => {
  const body = seedBody();
  const { language, candidates } = extract(body, { names });
  assert.equal(language, 'de');
  const anchors = sampleData()
    .claims.flatMap((claim) =>
      claim.appearances.filter((a) => a.report === SEED_REPORT_KEY).map((a) => ({ claim: claim.key, exact: a.exact })),
    )
    .map((a) => ({ ...a, start: body.indexOf(a.exact) }));
  assert.equal(anchors.length, 11);
  const missed = anchors.filter((a) => !candidates.some((c) => overlaps(c, a.start, a.start + a.exact.length)));
  const falseProposals = candidates.filter((c) => !anchors.some((a) => overlaps(c, a.start, a.start + a.exact.length)));
  console.log(
    `seed: recall ${anchors.length - missed.length}/${anchors.length}, ${candidates.length} candidates, ${falseProposals.length} false proposal(s)` +
      falseProposals.map((c) => `\n  false: [${c.rule}] ${c.quote.exact.slice(0, 80)}…`).join('') +
      missed.map((a) => `\n  missed: ${a.claim}`).join(''),
  );
  assert.ok(anchors.length - missed.length >= 10, `missed: ${missed.map((a) => a.claim).join(', ')}`);
  for (const c of candidates) {
    assert.equal(body.slice(c.quote.start, c.quote.end), c.quote.exact);
    assert.equal(c.quote.prefix, body.slice(Math.max(0, c.quote.start - 32), c.quote.start));
    assert.equal(c.quote.suffix, body.slice(c.quote.end, c.quote.end + 32));
    assert.ok(c.rule && c.cue, 'every proposal names its rule and cue');
    assert.equal(c.statement.untranslated, true);
  }
});

test('the seed report: chains, claimants, figures and grades come from the words', () => {
  const body = seedBody();
  const { candidates } = extract(body, { language: 'de', names });
  const at = (words: string) => candidates.find((c) => c.quote.exact.includes(words))!;
  assert.deepEqual(at('Die Vereinigten Staaten gaben').chain, [
    { name: 'New York Times', role: 'first-publisher', id: 'nyt', kind: 'source' },
  ]);
  const shortages = at('Versorgungsengpässen');
  assert.deepEqual(
    shortages.chain.map((l) => [l.name, l.role, l.id]),
    [
      ['Associated Press', 'carrier', 'ap'],
      ['anonymer US-Beamter', 'speaker', null],
    ],
  );
  assert.deepEqual(shortages.claimants, [{ name: 'anonymer US-Beamter', id: 'united-states' }]);
  const troops = at('100 000');
  assert.deepEqual(
    troops.numbers.map((n) => n.value),
    [100000],
  );
  assert.equal(troops.credibility.credibility, 'POSSIBLY_TRUE');
  assert.deepEqual(
    troops.names.filter((n) => n.id).map((n) => n.id),
    ['north-korea', 'russia', 'ukraine'],
  );
  const drones = at('Drohnen aus iranischer Produktion');
  assert.equal(drones.evidence, 'CONFIRMS');
  assert.equal(drones.credibility.level, 2);
  assert.deepEqual(
    at('Waffenexport des Nordens').chain.map((l) => l.id),
    ['ap'],
  );
});

// Written for this test: a made-up English wire story about a port strike.
const ENGLISH = `Dockworkers at the port of Rotterdam walked out on Tuesday, halting about 300 container ships.

“We will not return until the contract is signed,” said union leader Pieter de Vries, according to Reuters.
A spokesman for the port authority told the Associated Press that losses had reached 40 million euros a day.
The Dutch government reportedly plans to mediate, but the union denied that any talks had been scheduled.
The weather stayed mild all week.`;

test('an English text of our own: cues, chains and the split clause', () => {
  const { language, candidates } = extract(ENGLISH, { names });
  assert.equal(language, 'en');
  const byRule = candidates.map((c) => c.rule);
  assert.ok(!candidates.some((c) => c.quote.exact.includes('weather')), 'no claim in small talk');
  const strike = candidates.find((c) => c.quote.exact.includes('walked out'));
  assert.equal(strike?.rule, 'own-voice.number');
  const quoteCandidate = candidates.find((c) => c.quote.exact.startsWith('We will not return'))!;
  assert.equal(quoteCandidate.rule, 'en.according-to');
  assert.deepEqual(
    quoteCandidate.chain.map((l) => [l.name, l.role]),
    [
      ['Reuters', 'cited'],
      ['union leader Pieter de Vries', 'speaker'],
    ],
  );
  const losses = candidates.find((c) => c.quote.exact.includes('40 million'))!;
  assert.equal(losses.rule, 'en.told');
  assert.equal(losses.quote.exact, 'losses had reached 40 million euros a day');
  assert.deepEqual(
    losses.chain.map((l) => [l.name, l.role, l.id]),
    [
      ['Associated Press', 'carrier', 'ap'],
      ['spokesman for the port authority', 'speaker', null],
    ],
  );
  assert.deepEqual(
    losses.numbers.map((n) => n.value),
    [40e6],
  );
  const split = candidates.filter((c) => c.sentenceIndex === losses.sentenceIndex + 1);
  assert.deepEqual(
    split.map((c) => c.rule),
    ['en.reported', 'en.denied'],
  );
  assert.equal(split[0]!.credibility.credibility, 'POSSIBLY_TRUE');
  assert.equal(split[1]!.evidence, 'REFUTES');
  assert.equal(losses.statement.text, 'Losses had reached 40 million euros a day.');
  assert.ok(byRule.length >= 4);
});

// Written for this test: a made-up German report about a power outage.
const GERMAN = `Stromausfall in Norditalien

Nach Angaben des Netzbetreibers Terna waren am 3. Juli rund 1,2 Millionen Haushalte ohne Strom.
„Die Ursache war ein Brand in einem Umspannwerk bei Mailand“, so die Nachrichtenagentur ANSA, die als erste über den Ausfall berichtet hatte.
Ein Sprecher der Regierung sagte der Zeitung Corriere della Sera, Sabotage sei ausgeschlossen.
Es gibt Berichte, wonach die Reparatur bis zu zwei Wochen dauern soll.
Die Opposition bestreitet, dass die Netze ausreichend gewartet wurden.`;

test('a German text of our own: cues, first publisher, carrier and hedging', () => {
  const { language, candidates, sentences } = extract(GERMAN, { names });
  assert.equal(language, 'de');
  assert.equal(sentences[0]!.text, 'Stromausfall in Norditalien');
  assert.deepEqual(
    candidates.map((c) => c.rule),
    ['de.nach-angaben', 'de.so-die', 'de.sagte', 'de.berichte-wonach', 'de.bestreitet'],
  );
  const [outage, cause, sabotage, repair, denial] = candidates;
  assert.deepEqual(
    outage!.numbers.map((n) => n.value),
    [3, 1.2e6],
  );
  assert.deepEqual(
    cause!.chain.map((l) => [l.name, l.role]),
    [['Nachrichtenagentur ANSA', 'first-publisher']],
  );
  assert.equal(cause!.quote.exact, 'Die Ursache war ein Brand in einem Umspannwerk bei Mailand');
  assert.deepEqual(
    sabotage!.chain.map((l) => l.role),
    ['carrier', 'speaker'],
  );
  assert.equal(sabotage!.chain[0]!.name, 'Zeitung Corriere della Sera');
  assert.equal(repair!.credibility.level, 3);
  assert.equal(repair!.quote.exact, 'die Reparatur bis zu zwei Wochen dauern soll');
  assert.equal(denial!.evidence, 'REFUTES');
  assert.equal(denial!.quote.exact, 'die Netze ausreichend gewartet wurden');
});
