// The shapes the client's methods take and return, named for what they are. All of them come
// from the generated operation types, so they follow schema.graphql and the SDK's operations.
import type {
  AddAppearanceMutation,
  ClaimFilter,
  ClaimProvenanceQuery,
  ClaimSummaryFragment,
  ClaimTimelineQuery,
  CreateClaimInput,
  RecordResolutionMutation,
  ReportQuery,
  SearchKind,
  SearchQuery,
  SourceQuery,
  TrackRecordFieldsFragment,
} from './generated/graphql.js';

/** A calendar day: `'2022-12-01'`, or a Date (its UTC day is used). */
export type Day = string | Date;

export interface AsOfOptions {
  /** Answer with what was known on this day; today when left out. */
  asOf?: Day;
}

/** One page of a connection. */
export interface Page<T, Total = number> {
  nodes: T[];
  totalCount: Total;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A claim with the verdict in force on the day asked about. */
export type ClaimSummary = ClaimSummaryFragment;

type ReportResult = NonNullable<ReportQuery['report']>;
/** A claim's appearance in a report: the exact words, the attribution chain, and the claim with its verdict. */
export type ReportAppearance = ReportResult['appearances']['edges'][number]['node'];
/** A report with its full text and every claim that appears in it, in text order. */
export type ReportDetails = Omit<ReportResult, 'appearances'> & { appearances: ReportAppearance[] };

export interface ListClaimsOptions extends AsOfOptions {
  filter?: ClaimFilter;
  /** Page size, at most 100 (the API's limit); 20 when left out. */
  first?: number;
  /** `pageInfo.endCursor` of the previous page. */
  after?: string | null;
}

export interface SearchOptions extends AsOfOptions {
  /** Only reports in this language (BCP 47). */
  language?: string;
  /** Only claims, or only reports. */
  kinds?: SearchKind[];
  /** Page size, at most 100; 20 when left out. */
  first?: number;
  after?: string | null;
}

/** A report or claim that matches, best first, with `<mark>`ed words in `snippet`. */
export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/**
 * A page of search hits. The newest 1,000 matches are ranked; `complete` is false when more
 * matched (`totalCount` then counts those 1,000): narrow the search to reach older ones.
 */
export interface SearchPage extends Page<SearchHit, number | null> {
  complete: boolean;
}

type TimelineClaim = NonNullable<ClaimTimelineQuery['claim']>;
/** An appearance in a report, or a verdict taking effect. */
export type TimelineEvent = NonNullable<TimelineClaim['timeline']>[number];
/** A claim with its dated events, oldest first. */
export type ClaimTimeline = Omit<TimelineClaim, 'timeline'> & { timeline: TimelineEvent[] };

/** A claim with who said it first and who merely repeated whom. */
export type ClaimProvenance = NonNullable<ClaimProvenanceQuery['claim']>;

type SourceResult = NonNullable<SourceQuery['source']>;
export type SourceDetails = Omit<SourceResult, 'reports' | 'claims'> & {
  /** Reports it published. */
  reportCount: number;
  /** Claims it carried anywhere in an attribution chain. */
  claimCount: number;
};

/**
 * How often a source or an actor turned out right on asOf, as the API computes it: the claims it
 * originated (last link of an attribution chain; a claimant; a publisher speaking in its own voice)
 * and those it only carried, each with counts by verdict in force, settled, accuracy, Brier score,
 * calibration by grade and monthly history, and a suggested Admiralty grade with its reason.
 */
export type TrackRecord = TrackRecordFieldsFragment;

/** A source by its id, or by its slug (`'nyt'`); a bare string that looks like a slug is taken as one. */
export type SourceRef = string | { id: string } | { slug: string };

/** A new claim with where it appeared: the words in a report that anchor it (stored together or not at all). */
export type NewClaim = CreateClaimInput & {
  appearance: NonNullable<CreateClaimInput['appearance']>;
};

export type NewAppearance = NonNullable<AddAppearanceMutation['addAppearance']>;

export interface CreatedClaim {
  claim: ClaimSummary;
  appearance: NewAppearance;
}

/** A recorded verdict, with the claim's verdict in force now. */
export type RecordedResolution = NonNullable<RecordResolutionMutation['recordResolution']>;
