// Who said it and who passed it on, read from the words of one sentence. The chain runs from the
// report outwards: position 0 is whom the report cites directly, the last link the origin as far
// as the words go. "X sagte der AP" makes the AP the carrier and X the speaker; "so die New York
// Times, die als erste … veröffentlicht hat" makes the Times the first publisher. Names are kept
// as they appear; matching them to the graph is recogniseNames' job.
import type { Attribution, ChainLinkName, ChainRole, Language, Sentence } from './types';

const CAP = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*";
const NAME = `(${CAP}(?:\\s+(?:(?:of|for|de|del|della|di|da|do|du|la|le|el|al|von|van|bin)\\s+)?${CAP})*)`;
const ART_DE = '(?:(?:die|der|das|dem|den|des)\\s+)?';
const ART_EN = '(?:the\\s+)?';
const FIRST = /^,?\s*(?:die|der|das|which|who|that)\s+(?:[^,.;]{0,40}?\s)?(?:als\s+erste[rs]?|zuerst|first)\b/u;

const SAY_DE =
  'sagte|sagten|sagt|gesagt|erklärt|betont|gewarnt|bestätigt|bestritten|dementiert|behauptet|erklärte|erklärten|betonte|warnte|teilte\\s+mit|bestätigte|bestätigten|bestritt|dementierte|behauptete';
const SAY_EN = 'said|says|told|stated|added|noted|warned|confirmed|denied|claimed|alleged|asserted';
const PREPOSITIONS =
  /^(?:in|im|am|an|auf|nach|vor|für|mit|von|vom|bei|beim|zu|zum|zur|aus|seit|laut|über|unter|durch|gegen|ohne|on|at|for|with|from|by|after|before|during|since|under|over|of|to|as|while|when|if|because|dass|that|und|and|aber|but)$/iu;

export function attributionChain(sentence: string | Sentence, language: Language): Attribution {
  const text = typeof sentence === 'string' ? sentence : sentence.text;
  const chain: ChainLinkName[] = [];
  const claimants: { name: string }[] = [];
  const add = (name: string | undefined, role: ChainRole) => {
    const clean = name?.replace(/[.,:;'’]+$/u, '').trim();
    if (clean && !chain.some((l) => l.name === clean)) chain.push({ name: clean, role });
  };
  const speaker = (name: string | undefined) => {
    if (!name) return;
    add(name, 'speaker');
    if (!claimants.some((c) => c.name === name)) claimants.push({ name });
  };
  const de = language === 'de';
  const ART = de ? ART_DE : ART_EN;
  const SAY = de ? SAY_DE : SAY_EN;

  // Cited outlets and agencies, with "first" when the words say so.
  const cited = de
    ? [
        `(?:^|[,“”"»«]\\s*)so\\s+${ART}${NAME}`,
        `(?:schreibt|schrieb|berichtet|berichtete|meldet|meldete)\\s+${ART}${NAME}`,
        `laut\\s+${ART}${NAME}`,
        `nach\\s+Angaben\\s+(?:der|des|von)\\s+${NAME}`,
        `${ART}${NAME}\\s+zufolge`,
        `[Ww]ie\\s+${ART}${NAME}\\s+(?:auch\\s+)?(?:bemerkt|bemerkte|betont|betonte|schreibt|schrieb|berichtet|berichtete|meldet|meldete)`,
      ]
    : [
        `according\\s+to\\s+${ART}${NAME}`,
        `${ART}${NAME}\\s+(?:reported|reports|wrote|writes)`,
        `(?:reported|wrote|writes)\\s+${ART}${NAME}`,
        `reported\\s+by\\s+${ART}${NAME}`,
        `as\\s+${ART}${NAME}\\s+(?:noted|reported|wrote)`,
      ];
  const citedHits: { at: number; name: string; first: boolean }[] = [];
  for (const source of cited) {
    for (const m of text.matchAll(new RegExp(source, 'gu'))) {
      const after = text.slice(m.index + m[0].length);
      citedHits.push({ at: m.index, name: m[1]!, first: FIRST.test(after) });
    }
  }

  // "X sagte der AP …" / "X told Reuters": the outlet carried it, X said it.
  const carrierHits: { at: number; carrier: string; speaker: string | undefined }[] = [];
  const told = de ? new RegExp(`(?:${SAY})\\s+(?:gegenüber\\s+)?(?:der|dem)\\s+${NAME}`, 'gu') : new RegExp(`told\\s+${ART}${NAME}`, 'gu');
  for (const m of text.matchAll(told)) {
    const subject = subjectBefore(text, m.index, de);
    if (subject) carrierHits.push({ at: m.index, carrier: m[1]!, speaker: subject });
  }

  // Speakers: "X sagte", "X said", and after a quotation "…“, sagte X" / "…,” said X".
  const speakers: { at: number; name: string }[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${SAY})(?![\\p{L}])`, 'gu'))) {
    if (carrierHits.some((c) => c.at === m.index)) continue;
    const subject = subjectBefore(text, m.index, de);
    if (subject) speakers.push({ at: m.index, name: subject });
    else if (/[“”"«»]\s*,?\s*$|,\s*$/u.test(text.slice(0, m.index))) {
      const inverted = new RegExp(`^\\s+${ART}((?:\\p{Ll}+\\s+){0,2}${NAME.slice(1, -1)})`, 'u').exec(text.slice(m.index + m[0].length));
      if (inverted) speakers.push({ at: m.index, name: inverted[1]! });
    }
  }

  // A document the claim is asserted in; media or reports the text does not name.
  const documents = de
    ? /(?<![\p{L}])(?:[Ii]n|[Aa]us)\s+(?:einem|einer|dem|der)\s+((?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}\p{Ll}*(?:bericht|dokument|papier|studie|analyse|memo|einschätzung)|Bericht|Dokument|Papier|Studie|Analyse|Memo|Einschätzung))(?![\p{L}])/gu
    : /(?<![\p{L}])(?:in|by)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}(?:report|document|assessment|memo|study|analysis|finding))(?![\p{L}])/giu;
  const media = de
    ? /(?<![\p{L}])(?:in|aus)\s+(?:den|der|dem)\s+((?:\p{Ll}+en\s+)?(?:Medien|Presse|Zeitungen|Kreisen|Regierungskreisen|Sicherheitskreisen))/gu
    : /(?<![\p{L}])(?:in|from)\s+((?:\p{Ll}+\s+)?(?:media|press|sources|circles))(?![\p{L}])/giu;
  const unattributed = de
    ? /(?<![\p{L}])(Berichte|Berichten|Medienberichten|Meldungen)(?:,?\s+(?:wonach|denen\s+zufolge|nach\s+denen)|\s+zufolge)/gu
    : /(?<![\p{L}])(reports|media reports|unconfirmed reports)\s+(?:that|said|suggest)|(?<![\p{L}])(reportedly|allegedly)(?![\p{L}])/giu;

  const links: { at: number; name: string; role: ChainRole }[] = [];
  for (const hit of citedHits) links.push({ at: hit.at, name: hit.name, role: hit.first ? 'first-publisher' : 'cited' });
  for (const hit of carrierHits) links.push({ at: hit.at, name: hit.carrier, role: 'carrier' });
  for (const m of text.matchAll(media)) links.push({ at: m.index, name: m[1]!, role: 'cited' });
  const named = links.length > 0;
  if (!named) for (const m of text.matchAll(unattributed)) links.push({ at: m.index, name: (m[1] ?? m[2])!, role: 'unattributed' });

  // Order: whom the report cites, then whom they were told by, then documents, then the speaker.
  const rank: Record<ChainRole, number> = { cited: 0, 'first-publisher': 0, unattributed: 0, carrier: 1, document: 2, speaker: 3 };
  links.sort((a, b) => rank[a.role] - rank[b.role] || a.at - b.at);
  for (const link of links) add(link.name, link.role);
  for (const m of text.matchAll(documents)) add(m[1], 'document');
  for (const hit of carrierHits) speaker(hit.speaker);
  for (const hit of speakers) speaker(hit.name);
  return { claimants, chain };
}

/**
 * The noun phrase a cue verb follows in its clause ("Ein anonymer US-Beamter sagte" →
 * "anonymer US-Beamter"), or undefined when the words before the verb are not a subject.
 */
function subjectBefore(text: string, at: number, german: boolean): string | undefined {
  const before = text.slice(0, at);
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(':'),
    before.lastIndexOf(';'),
    ...[...'„“”"»«'].map((q) => before.lastIndexOf(q)),
  );
  let phrase = before.slice(clauseStart + 1).trim();
  phrase = phrase.replace(/^(?:(?:und|and|aber|but|auch|also|zudem|dann|then)\s+)+/iu, '');
  phrase = phrase.replace(/^(?:ein|eine|einer|der|die|das|a|an|the)\s+/iu, '');
  // "Russia has repeatedly said", "Moskau hat erneut erklärt": the auxiliary and adverbs are not the subject.
  phrase = phrase.replace(/(?:\s+(?:has|have|had|hat|haben|hatte|hatten|also|again|auch|erneut|wiederholt|\p{Ll}+ly))+$/u, '');
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  if (PREPOSITIONS.test(words[0]!)) return undefined;
  if (words.some((w) => /^(?:wird|wurde|ist|war|hat|hatte|is|was|has|had|es|it|er|sie|he|she|they|we|wir|ich|I)$/u.test(w)))
    return undefined;
  // German capitalises every noun: a subject without a capital has no noun.
  if (german && !words.some((w) => /^\p{Lu}/u.test(w))) return undefined;
  return phrase;
}
