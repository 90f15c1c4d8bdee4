// Which sentences may hold a claim, and which words anchor it. A sentence qualifies through an
// attribution cue (cues.ts) or, in the report's own voice, through an assertion ("Klar ist, dass"),
// a conditional prediction about named actors, or a figure about named actors stated as fact.
// A sentence whose coordinated clauses each carry their own cue gives one candidate per clause.
import { ASSERTION_CUES, CLAUSE_JOINS, CUE_RULES, FACT_VERBS, PREDICTION_CUES, languageKey, type CueRule } from './cues';
import { recogniseNames } from './names';
import { normaliseNumbers } from './numbers';
import { findQuotes, isInside, type QuoteSpan } from './quotes';
import type { CandidateSpan, Language, NameIndex, Sentence, Span } from './types';

export interface FindOptions {
  /** Known actors and sources: own-voice rules need a named actor. In English a capitalised
   * word inside the sentence also counts; German capitalises every noun, so there only the
   * index (and names proposed as new) counts, and without an index nothing is required. */
  names?: NameIndex;
}

const MIN_CONTENT_WORDS = 4;
const MONTH_OR_YEAR =
  /(?<![\p{L}\p{N}])(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December|(?:19|20)\d{2})(?![\p{L}\p{N}])/u;

export function findCandidates(sentences: readonly Sentence[], language: Language, options: FindOptions = {}): CandidateSpan[] {
  const found: CandidateSpan[] = [];
  for (const sentence of sentences) found.push(...candidatesIn(sentence, language, options));
  return found;
}

interface CueHit {
  rule: CueRule;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  words: string;
}

function candidatesIn(sentence: Sentence, language: Language, options: FindOptions): CandidateSpan[] {
  const text = sentence.text;
  if (/\?\s*[“”"«»]?$/.test(text)) return [];
  const quotes = findQuotes(text);
  const clauses = splitClauses(text, language, quotes);
  const withCue = clauses.map((clause) => ({ clause, hit: firstCue(text, clause, language, quotes) }));
  const cued = withCue.filter((c): c is { clause: Span; hit: CueHit } => c.hit !== null);

  if (cued.length > 1) {
    // One claim per clause with its own cue; a clause without one belongs to the clause before it.
    const spans = cued.map(({ clause }, i) => ({ start: i === 0 ? 0 : clause.start, end: cued[i + 1]?.clause.start ?? text.length }));
    return cued.flatMap(({ hit }, i) => attributed(sentence, trimSpan(text, spans[i]!), hit, quotes));
  }
  const whole = { start: 0, end: text.length };
  const hit = cued[0]?.hit ?? firstCue(text, whole, language, quotes);
  if (hit) return attributed(sentence, whole, hit, quotes);
  const own = ownVoice(sentence, language, options);
  return own ? [own] : [];
}

function attributed(sentence: Sentence, clause: Span, hit: CueHit, quotes: QuoteSpan[]): CandidateSpan[] {
  const text = sentence.text;
  const quote = quoteSpan(text, clause, hit, quotes);
  if (contentWords(text.slice(quote.start, quote.end), hit.words) < MIN_CONTENT_WORDS) return [];
  return [
    {
      sentenceIndex: sentence.index,
      quote: shift(quote, sentence.start),
      clause: shift(clause, sentence.start),
      cue: hit.words,
      rule: hit.rule.rule,
    },
  ];
}

/** The words the claim is anchored to, inside the clause. */
function quoteSpan(text: string, clause: Span, hit: CueHit, quotes: QuoteSpan[]): Span {
  const inClause = quotes.filter((q) => q.inner.start >= clause.start && q.inner.end <= clause.end + 1);
  // A quotation the cue stands outside of ("„…“, so die AP"): the quotation is the claim.
  const quoted = inClause
    .filter((q) => !isInside(q, hit.start) && wordCount(text.slice(q.inner.start, q.inner.end)) >= 3)
    .sort((a, b) => b.inner.end - b.inner.start - (a.inner.end - a.inner.start))[0];
  if (quoted) return trimSpan(text, { start: quoted.inner.start, end: Math.min(quoted.inner.end, clause.end) });
  // A clause introduced by the cue: "behauptet, dass …", "Berichte, wonach …", "said that …".
  const after = text.slice(hit.end, clause.end);
  const introducer =
    /^[^.;:]{0,60}?(?:,\s*|\s)(?:dass|wonach|that)\s/u.exec(after) ??
    (/(?:wonach|denen zufolge|nach denen)$/u.test(hit.words) ? /^\s*/.exec(after) : null);
  if (introducer && hit.start >= clause.start) {
    return trimSpan(text, { start: hit.end + introducer[0].length, end: clause.end });
  }
  return trimSpan(text, clause);
}

function firstCue(text: string, clause: Span, language: Language, quotes: QuoteSpan[]): CueHit | null {
  const rules = CUE_RULES[languageKey(language)];
  let inside: CueHit | null = null;
  for (const rule of rules) {
    for (const match of text.slice(clause.start, clause.end).matchAll(rule.pattern)) {
      const words = (match[1] ?? match[0]).trim();
      const start = clause.start + match.index + match[0].indexOf(words);
      const hit = { rule, start, end: start + words.length, words };
      if (!quotes.some((q) => isInside(q.inner, start))) return hit;
      inside ??= hit;
    }
  }
  return inside;
}

function ownVoice(sentence: Sentence, language: Language, options: FindOptions): CandidateSpan | null {
  const text = sentence.text;
  const key = languageKey(language);
  const whole = trimSpan(text, { start: 0, end: text.length });
  const make = (rule: string, cue: string, quote: Span): CandidateSpan => ({
    sentenceIndex: sentence.index,
    quote: shift(quote, sentence.start),
    clause: shift(whole, sentence.start),
    cue,
    rule,
  });
  if (wordCount(text) < MIN_CONTENT_WORDS + 2) return null;

  const assertion = new RegExp(ASSERTION_CUES[key].source, 'iu').exec(text);
  if (assertion && assertion.index < 3) {
    const rest = /^[,:]?\s*(?:dass|that)?\s*/u.exec(text.slice(assertion.index + assertion[0].length))!;
    return make(
      'own-voice.assertion',
      assertion[0],
      trimSpan(text, { start: assertion.index + assertion[0].length + rest[0].length, end: text.length }),
    );
  }
  const actors = namedActors(text, language, options);
  const { modal, condition } = PREDICTION_CUES[key];
  const modalHit = new RegExp(modal.source, 'iu').exec(text);
  const conditionHit = new RegExp(condition.source, 'iu').exec(text);
  if (modalHit && conditionHit && actors >= 1) {
    return make('own-voice.prediction', `${modalHit[0]} … ${conditionHit[0]}`, whole);
  }
  const figure = normaliseNumbers(text, language)[0]?.raw ?? MONTH_OR_YEAR.exec(text)?.[0];
  if (figure !== undefined && actors >= 1 && new RegExp(FACT_VERBS[key].source, 'u').test(text)) {
    return make('own-voice.number', figure, whole);
  }
  return null;
}

function namedActors(text: string, language: Language, options: FindOptions): number {
  const known = options.names ? recogniseNames(text, options.names).length : 0;
  // English capitalises names only; German capitalises every noun, so only the index counts there.
  if (language !== 'de') return known + (text.slice(1).match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  return options.names ? known : 1;
}

function splitClauses(text: string, language: Language, quotes: QuoteSpan[]): Span[] {
  const cuts = [0];
  for (const match of text.matchAll(CLAUSE_JOINS[languageKey(language)])) {
    const at = match.index + match[0].length;
    if (!quotes.some((q) => isInside(q, match.index))) cuts.push(at);
  }
  return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? text.length }));
}

/** Without surrounding blanks, quotation marks and closing punctuation. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s„“”"»«,:;]/u.test(text[start]!)) start++;
  while (end > start && /[\s„“”"»«.,:;!?]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function wordCount(s: string): number {
  return (s.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length;
}

function contentWords(s: string, cue: string): number {
  return wordCount(s) - (s.includes(cue) ? wordCount(cue) : 0);
}
