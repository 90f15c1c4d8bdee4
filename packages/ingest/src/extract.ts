// The one entry point: a report's text in, its candidate claims out, each anchored to the exact
// words (offsets into the text given), attributed, graded and with its figures read.
import { findCandidates } from './candidates';
import { attributionChain } from './chain';
import { credibilityFromHedging } from './credibility';
import { evidenceCue } from './evidence';
import { detectLanguage } from './language';
import { recogniseNames } from './names';
import { normaliseNumbers } from './numbers';
import { segmentSentences } from './sentences';
import { englishStatement, type StatementDraft } from './statement';
import type {
  ChainRole,
  CredibilityJudgement,
  EvidenceCue,
  Language,
  NameIndex,
  NameMention,
  NumberMention,
  RuleId,
  Sentence,
} from './types';

/** Characters of context kept on each side of a quote, as appearance anchors keep them. */
export const CONTEXT_LENGTH = 32;

export interface QuoteAnchor {
  exact: string;
  /** UTF-16 offsets into the text given to extract(); end exclusive. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface Candidate {
  quote: QuoteAnchor;
  /** The sentence the quote lies in. */
  sentenceIndex: number;
  /** A draft for the editor; for a non-English text the original words, marked untranslated. */
  statement: StatementDraft;
  /** The words that made the rule fire, as they appear. */
  cue: string;
  rule: RuleId;
  credibility: CredibilityJudgement;
  /** id is the actor the claimant's words name (an official's state, say), or null. */
  claimants: { name: string; id: string | null }[];
  /** Position 0 nearest the report; id and kind set when the link's name is a known name. */
  chain: { name: string; id: string | null; kind: 'actor' | 'source' | null; role: ChainRole }[];
  /** Known and proposed names inside the quote: the claim's likely subjects. */
  names: NameMention[];
  numbers: NumberMention[];
  evidence: EvidenceCue | null;
}

export interface ExtractOptions {
  /** The report's language; detected when not given. */
  language?: Language;
  /** Actors and sources already in the graph. */
  names: NameIndex;
}

export interface Extraction {
  language: Language;
  sentences: Sentence[];
  candidates: Candidate[];
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const language = options.language ?? detectLanguage(text);
  const sentences = segmentSentences(text, language);
  const spans = findCandidates(sentences, language, { names: options.names });
  const candidates = spans.map((span): Candidate => {
    const clause = text.slice(span.clause.start, span.clause.end);
    const quote = anchorOf(text, span.quote.start, span.quote.end);
    const attribution = attributionChain(clause, language);
    return {
      quote,
      sentenceIndex: span.sentenceIndex,
      statement: englishStatement({ quote, language }),
      cue: span.cue,
      rule: span.rule,
      credibility: credibilityFromHedging(clause, language),
      claimants: attribution.claimants.map(({ name }) => ({ name, id: actorNamedIn(name, options.names) })),
      chain: attribution.chain.map(({ name, role }) => ({ name, role, ...knownAs(name, options.names) })),
      names: recogniseNames(quote.exact, options.names).map((m) => ({ ...m, start: m.start + quote.start, end: m.end + quote.start })),
      numbers: normaliseNumbers(quote.exact, language).map((n) => ({ ...n, start: n.start + quote.start, end: n.end + quote.start })),
      evidence: evidenceCue(clause, language),
    };
  });
  return { language, sentences, candidates };
}

export function anchorOf(text: string, start: number, end: number): QuoteAnchor {
  return {
    exact: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** The entry a chain link's name is, when a known name covers most of it. */
function knownAs(name: string, index: NameIndex): { id: string | null; kind: 'actor' | 'source' | null } {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '').length;
  for (const m of recogniseNames(name, index)) {
    if (m.id !== null && m.name.replace(/[^\p{L}\p{N}]/gu, '').length >= 0.6 * letters) return { id: m.id, kind: m.kind };
  }
  return { id: null, kind: null };
}

/** The actor a claimant's words name: "US-Beamter" speaks for the United States. */
function actorNamedIn(name: string, index: NameIndex): string | null {
  return recogniseNames(name, index).find((m) => m.kind === 'actor')?.id ?? null;
}
