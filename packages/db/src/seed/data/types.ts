// The shape of ClaimGraph's annotated sample data. Everything refers to everything else by
// stable keys (slugs, report and claim keys); the loader turns keys into ids.
import type { ActorKind, ClaimKind, ClaimRelationKind, InformationCredibility, SourceKind, SourceReliability, Verdict } from '../../client';

/** A date as far as it is known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the form gives the precision. */
export type PartialDate = string;

export interface SourceData {
  slug: string;
  name: string;
  kind: SourceKind;
  homepage?: string;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  reliability: SourceReliability;
  reliabilityNote: string;
  description?: string;
}

export interface AliasData {
  name: string;
  /** BCP 47 tag, or null for a name written the same way across languages. */
  language: string | null;
}

export interface ActorData {
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode?: string;
  wikidataId?: string;
  description?: string;
  aliases: AliasData[];
}

export interface ReportData {
  key: string;
  title: string;
  language: string;
  published: PartialDate;
  /** Source slug; null when no publisher is known. */
  publisher: string | null;
  url?: string;
  isSummary: boolean;
  body: string;
}

/** Where a quote sits in a report: the exact words, disambiguated if they occur more than once. */
export interface QuoteData {
  report: string;
  exact: string;
  prefix?: string;
}

/** One link of an attribution chain: a Source or an Actor, with how it passed the claim on. */
export type ChainLinkData = { source: string; relation: string } | { actor: string; relation: string };

export interface AppearanceData extends QuoteData {
  /**
   * Position 1 first (whom the report cites directly), the origin last. Empty when the report
   * states the claim in its own voice.
   */
  chain: ChainLinkData[];
  /** An English rendering of a quote in another language. */
  translation?: string;
}

export interface ClaimData {
  key: string;
  statement: string;
  kind: ClaimKind;
  claimed: PartialDate;
  credibility: InformationCredibility;
  /** Actor slugs; empty when the claim is carried only by sources (see the chains). */
  claimants: string[];
  subjects: string[];
  resolutionCriteria?: string;
  resolvableBy?: string;
  appearances: AppearanceData[];
}

export interface ResolutionData {
  claim: string;
  verdict: Verdict;
  /** The publisher's own label, where the verdict is not ClaimGraph's own wording. */
  originalLabel?: string;
  effective: PartialDate;
  rationale: string;
  evidence: QuoteData[];
}

export interface RelationData {
  from: string;
  to: string;
  kind: ClaimRelationKind;
  note: string;
}

export interface SampleData {
  sources: SourceData[];
  actors: ActorData[];
  reports: ReportData[];
  claims: ClaimData[];
  resolutions: ResolutionData[];
  relations: RelationData[];
}
