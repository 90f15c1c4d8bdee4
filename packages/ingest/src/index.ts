// @claimgraph/ingest: the text-only steps of ingest, from a report's words to candidate claims.
// No database and no network: the caller passes the names the graph knows.
export { extract, anchorOf, CONTEXT_LENGTH } from './extract';
export type { Candidate, ExtractOptions, Extraction, QuoteAnchor } from './extract';
export { detectLanguage, guessLanguage } from './language';
export type { DetectOptions, LanguageGuess } from './language';
export { segmentSentences } from './sentences';
export { findCandidates } from './candidates';
export type { FindOptions } from './candidates';
export { attributionChain } from './chain';
export { credibilityFromHedging } from './credibility';
export { recogniseNames, namesToMatch } from './names';
export { englishStatement } from './statement';
export type { StatementDraft } from './statement';
export { evidenceCue } from './evidence';
export { normaliseNumbers, numbersAsValues } from './numbers';
export { findQuotes } from './quotes';
export type { QuoteSpan } from './quotes';
export { CUE_RULES } from './cues';
export type { CueRule } from './cues';
export * from './types';
