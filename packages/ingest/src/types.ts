// The shapes the ingest steps hand to each other and to their callers. Every offset is a UTF-16
// code-unit index into the text the caller passed in (JavaScript string indices, end exclusive),
// the same convention as appearance anchors in @claimgraph/db.

/** A BCP 47 primary language tag. German and English are recognised; others pass through. */
export type Language = 'de' | 'en' | (string & {});

/** A span of the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Position in the text, from 0. */
  index: number;
  /** Exactly text.slice(start, end): no surrounding whitespace. */
  text: string;
}

/** An entry of the name index the caller builds from the graph: one actor or source. */
export interface NameEntry {
  id: string;
  kind: 'actor' | 'source';
  /** Every name and alias, in any language; each is matched on its own. */
  names: string[];
}

export type NameIndex = readonly NameEntry[];

/** What a name without an entry looks like: a hint for the editor, never a decision. */
export type NewNameHint = 'person' | 'organisation' | 'outlet' | 'source';

export interface NameMention extends Span {
  /** The words as they appear in the text (inflected, possessive and all). */
  name: string;
  /** The index entry it belongs to, or null for a name proposed as new. */
  id: string | null;
  kind: 'actor' | 'source' | null;
  /** For a name proposed as new: why it looks like one. */
  hint?: NewNameHint;
}

/**
 * The Admiralty (NATO AJP-2.1) information-credibility grades, spelled as the Prisma enum
 * InformationCredibility spells them, with their numbers 1–6.
 */
export const CREDIBILITY_LEVELS = {
  CONFIRMED: 1,
  PROBABLY_TRUE: 2,
  POSSIBLY_TRUE: 3,
  DOUBTFUL: 4,
  IMPROBABLE: 5,
  CANNOT_BE_JUDGED: 6,
} as const;

export type InformationCredibility = keyof typeof CREDIBILITY_LEVELS;

export interface CredibilityJudgement {
  credibility: InformationCredibility;
  level: (typeof CREDIBILITY_LEVELS)[InformationCredibility];
  /** The hedging or confirming words that decided it; null for the default. */
  cue: string | null;
  /** Something the editor should know that the grade does not say (a denial, say). */
  note: string | null;
}

export type EvidenceCue = 'CONFIRMS' | 'REFUTES';

export interface NumberMention extends Span {
  /** The words as they appear ("100 000", "1,5 Millionen", "Hunderten"). */
  raw: string;
  value: number;
  /** True for a bare order of magnitude ("millions of", "Hunderte von"). */
  approximate: boolean;
}

/** How a link of an attribution chain passed the claim on. */
export type ChainRole =
  /** Cited by the report for it ("so die AP", "according to Reuters"). */
  | 'cited'
  /** Cited, and said by the report to have published it first. */
  | 'first-publisher'
  /** Was told it by the speaker ("sagte der AP", "told Reuters"). */
  | 'carrier'
  /** A document the claim is asserted in ("in einem Geheimdienstbericht"). */
  | 'document'
  /** Reports or media the report does not name ("Berichte, wonach"). */
  | 'unattributed'
  /** The person or body who said it: the origin as far as the words go. */
  | 'speaker';

export interface ChainLinkName {
  name: string;
  role: ChainRole;
}

export interface Attribution {
  /** Who made the claim, as far as the sentence says. */
  claimants: { name: string }[];
  /** Position 0 is nearest to the report (whom it cites directly), the last is the origin. */
  chain: ChainLinkName[];
}

/**
 * A stable id of the rule that proposed a candidate: '<language>.<cue>' for attribution cues
 * ('de.so-die', 'en.according-to'), 'own-voice.<kind>' for the report's own statements.
 */
export type RuleId = string;

/** A sentence (or one coordinated clause of it) that may hold a claim. */
export interface CandidateSpan {
  sentenceIndex: number;
  /** The words the claim is anchored to: a quotation, a clause after the cue, or the sentence. */
  quote: Span;
  /** The clause the cue governs (the whole sentence unless it was split). */
  clause: Span;
  /** The words that triggered the rule, as they appear. */
  cue: string;
  rule: RuleId;
}
