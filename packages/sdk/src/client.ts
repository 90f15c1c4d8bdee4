// createClient: typed methods for what users of ClaimGraph do most, each one of the SDK's own
// operations (src/operations) sent through execute(); `request` sends any other typed document.
import {
  AcceptProposalDocument,
  IngestReportDocument,
  ProposalsDocument,
  RejectProposalDocument,
  type AcceptProposalInput,
  type IngestReportInput,
  type IngestReportMutation,
  type ProposalFieldsFragment,
  type ProposalStatus,
  type RejectProposalInput,
  ActorClaimsDocument,
  ActorDocument,
  ClaimProvenanceDocument,
  ClaimReviewDocument,
  ClaimRelationsDocument,
  ClaimsDocument,
  ClaimsWithResolutionDocument,
  ClaimTimelineDocument,
  CreateClaimDocument,
  RecentlyResolvedDocument,
  RecordResolutionDocument,
  ReportDocument,
  ReportsDocument,
  SearchDocument,
  SourceClaimsDocument,
  SourceDocument,
  type ActorQuery,
  type ClaimActorRole,
  type ClaimRelationsQuery,
  type ClaimWithResolutionFieldsFragment,
  type ClaimWithAppearancesFragment,
  type RecordResolutionInput,
  type ReportFilter,
  type ReportListFieldsFragment,
} from './generated/graphql.js';
import {
  CreateSourceDocument,
  ReviewQueueDocument,
  SourcesDocument,
  type CreateSourceInput,
  ViewerDocument,
  type ReviewQueueQuery,
  type SourcesQuery,
  type ViewerQuery,
} from './generated/graphql.js';
import { ClaimGraphError } from './errors.js';
import { execute, type ExecuteConfig, type FetchLike, type TypedDocument, type VariablesArgument } from './execute.js';
import { walkConnection } from './paginate.js';
import type {
  AsOfOptions,
  ClaimProvenance,
  ClaimSummary,
  ClaimTimeline,
  CreatedClaim,
  Day,
  ListClaimsOptions,
  NewClaim,
  Page,
  RecordedResolution,
  ReportAppearance,
  ReportDetails,
  SearchHit,
  SearchPage,
  SearchOptions,
  SourceDetails,
  SourceRef,
} from './types.js';

/** A claim ingest found in a report's words: anchored, attributed, matched (best 5), awaiting a decision. */
export type Proposal = ProposalFieldsFragment;

/** What ingestReport answers: the report (created: false when the same text was stored before) and all its proposals. */
export type IngestedReport = IngestReportMutation['ingestReport'];

export interface ListProposalsOptions {
  status?: ProposalStatus;
  first?: number;
  after?: string;
}

/** The holder of the client's API key: name, role and their latest writes. */
export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** A report whose proposals wait for an editor, with how many (and how many suggest evidence). */
export type ReviewQueueItem = ReviewQueueQuery['reviewQueue'][number];

/** A source as a picker lists it. */
export type SourceOption = SourcesQuery['sources']['edges'][number]['node'];

/** A report in a list, with how many claims it carries. */
export type ReportListItem = ReportListFieldsFragment;

/** A claim with the reports it appeared in (as known on asOf). */
export type ClaimWithAppearances = ClaimWithAppearancesFragment;

/** A claim with the resolution in force on asOf: `currentResolution` is null while none is. */
export type ClaimWithResolution = ClaimWithResolutionFieldsFragment;

/** A claim with the claims it is the same as, supports, contradicts or refines, and those that do so to it. */
export type ClaimRelations = NonNullable<ClaimRelationsQuery['claim']>;

type ActorResult = NonNullable<ActorQuery['actor']>;
export type ActorDetails = Omit<ActorResult, 'made' | 'about'> & {
  /** Claims it made (including those of actors merged into it). */
  claimsMadeCount: number;
  /** Claims about it. */
  claimsAboutCount: number;
};

/** An actor by its id, or by its slug (`'north-korea'`); a bare string that looks like a slug is taken as one. */
export type ActorRef = string | { id: string } | { slug: string };

export interface ListReportsOptions extends AsOfOptions {
  filter?: ReportFilter;
  /** Page size, at most 100; 20 when left out. */
  first?: number;
  after?: string | null;
}

export interface ListPartyClaimsOptions extends AsOfOptions {
  /** Page size, at most 100; 20 when left out. */
  first?: number;
  after?: string | null;
}

export interface ListActorClaimsOptions extends ListPartyClaimsOptions {
  /** Only claims it made (CLAIMANT) or only claims about it (SUBJECT); both when left out. */
  role?: ClaimActorRole;
}

/** A parsed GraphQL document without result types: graphql's DocumentNode, as `parse` or a `gql` tag gives it. */
export interface UntypedDocument {
  readonly kind: string;
  readonly definitions: readonly unknown[];
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** An API key (`cgk_...`); reads need none, writes need an editor's. */
  apiKey?: string;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Sent with every request (after the SDK's own, so they can override them). */
  headers?: Record<string, string>;
  /** `print` from graphql, only for passing `request` DocumentNodes that carry no source text. */
  print?: (document: never) => string;
  /**
   * Send the SDK's operations by their sha256 hash (default), as an API set to accept persisted
   * operations only requires; an operation the API does not know is sent whole. `false` always
   * sends whole documents.
   */
  persisted?: boolean;
}

export interface ClaimGraphClient {
  /** A report with its text and its claims (each with its verdict on asOf); null if not published by asOf. */
  getReport(id: string, options?: AsOfOptions): Promise<ReportDetails | null>;
  /** One page of claims known on asOf, newest claim first. */
  listClaims(options?: ListClaimsOptions): Promise<Page<ClaimSummary>>;
  /** Full-text search over reports (in their language) and claims, best match first. */
  search(query: string, options?: SearchOptions): Promise<SearchPage>;
  /** A claim with its appearances and verdicts as dated events; null if not claimed by asOf. */
  getClaimTimeline(id: string, options?: AsOfOptions): Promise<ClaimTimeline | null>;
  /** A claim with its independent origins and attribution chains; null if not claimed by asOf. */
  getClaimProvenance(id: string, options?: AsOfOptions): Promise<ClaimProvenance | null>;
  /** A source by id or slug, with its track record on asOf (today when left out); null if there is none. */
  getSource(source: SourceRef, options?: AsOfOptions): Promise<SourceDetails | null>;
  /** One page of reports published by asOf, newest publication first. */
  listReports(options?: ListReportsOptions): Promise<Page<ReportListItem>>;
  /** One page of claims known on asOf, each with the resolution in force then, newest claim first. */
  listClaimsWithResolution(options?: ListClaimsOptions): Promise<Page<ClaimWithResolution>>;
  /** Claims with a verdict in force on asOf (not OPEN), the latest to take effect first; `first` at most 20, 6 when left out. */
  listRecentlyResolved(options?: AsOfOptions & { first?: number }): Promise<ClaimWithResolution[]>;
  /** A claim with its related claims made by asOf (each with its verdict then); null if not claimed by asOf. */
  getClaimRelations(id: string, options?: AsOfOptions): Promise<ClaimRelations | null>;
  /**
   * An actor by id or slug (a merged actor resolves to its survivor), with its track record on
   * asOf (today when left out); null if there is none.
   */
  getActor(actor: ActorRef, options?: AsOfOptions): Promise<ActorDetails | null>;
  /** One page of the claims an actor made or is the subject of, newest first; null if there is no such actor. */
  listActorClaims(actor: ActorRef, options?: ListActorClaimsOptions): Promise<Page<ClaimWithAppearances> | null>;
  /** One page of the claims a source carried in any attribution chain, newest first; null if there is no such source. */
  listSourceClaims(source: SourceRef, options?: ListPartyClaimsOptions): Promise<Page<ClaimWithAppearances> | null>;
  /**
   * Records a claim and anchors it to the report's words in one transaction: when the anchor is
   * refused, nothing is stored and the refusal (a ValidationError on `appearance.anchor.*`) is thrown.
   */
  createClaim(input: NewClaim): Promise<CreatedClaim>;
  /** Appends a dated verdict to a claim's log. */
  recordResolution(input: RecordResolutionInput): Promise<RecordedResolution>;
  /**
   * Stores a report's text (the same text twice is one report) and proposes the claims in it,
   * each matched to the graph; bad input is a ValidationError naming the field, and stores nothing.
   */
  ingestReport(input: IngestReportInput): Promise<IngestedReport>;
  /** One page of a report's proposals, in text order. */
  listProposals(reportId: string, options?: ListProposalsOptions): Promise<Page<Proposal>>;
  /** Accepts a proposal as a new claim (`newClaim`) or as an appearance of an existing one (`claimId`). */
  acceptProposal(input: AcceptProposalInput): Promise<Proposal>;
  /** Rejects a proposal: the same words in the same report are never proposed again. */
  rejectProposal(input: RejectProposalInput): Promise<Proposal>;
  /** Who holds the client's API key (with their `recentWrites`, 10 unless asked otherwise); null without a key or with an unknown or revoked one. */
  viewer(options?: { recentWrites?: number }): Promise<Viewer | null>;
  /** Reports with proposals waiting for a decision, the most recently ingested first (`first` at most 50, 20 when left out). */
  reviewQueue(options?: { first?: number }): Promise<ReviewQueueItem[]>;
  /** One page of sources, by name (any part of it) when `name` is given, alphabetically. */
  listSources(options?: { name?: string; first?: number }): Promise<Page<SourceOption>>;
  /** Records a source (a publisher, an agency, an official); its slug is made from the name when not given (needs an editor key). */
  createSource(input: CreateSourceInput): Promise<SourceOption>;
  /**
   * A claim's schema.org ClaimReview of its verdict in force today (JSON-LD, with `url` as the
   * review's address: the claim page); null when the claim has no resolution in force.
   */
  getClaimReview(id: string, options?: { url?: string }): Promise<Record<string, unknown> | null>;
  /** Sends any typed document (TypedDocumentNode or typed string) with its variables: the answer is typed. */
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<TResult>;
  /**
   * Sends a plain query string or an untyped DocumentNode (from graphql's `parse` or a `gql` tag):
   * the answer is `unknown` until you check it (give a typed document to have it typed).
   */
  request(document: string | UntypedDocument, variables?: Record<string, unknown>): Promise<unknown>;
  /** Walks every page of a connection: `for await (const claim of client.paginate.claims())`. */
  paginate: {
    claims(options?: Omit<ListClaimsOptions, 'after'>): AsyncGenerator<ClaimSummary, void, undefined>;
    search(query: string, options?: Omit<SearchOptions, 'after'>): AsyncGenerator<SearchHit, void, undefined>;
    reports(options?: Omit<ListReportsOptions, 'after'>): AsyncGenerator<ReportListItem, void, undefined>;
  };
}

/** The API's page-size limit for claims and search. */
const MAX_PAGE = 100;

export function createClient(options: ClientOptions): ClaimGraphClient {
  const fetchImpl = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (!fetchImpl) throw new TypeError('no fetch in this runtime: pass one as createClient({ fetch })');
  const config: ExecuteConfig = {
    url: options.url,
    fetch: fetchImpl,
    print: options.print,
    persisted: options.persisted,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      ...options.headers,
    },
  };
  const run = <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables) =>
    execute(config, document, variables);

  const listClaims = async ({ filter, asOf, first, after }: ListClaimsOptions = {}): Promise<Page<ClaimSummary>> => {
    const { claims } = await run(ClaimsDocument, { filter, asOf: day(asOf), first, after });
    return connectionPage(claims);
  };

  const search = async (query: string, { language, kinds, asOf, first, after }: SearchOptions = {}): Promise<SearchPage> => {
    const { search: hits } = await run(SearchDocument, { query, language, kinds, asOf: day(asOf), first, after });
    return { ...connectionPage(hits), complete: hits.complete };
  };

  const listReports = async ({ filter, asOf, first, after }: ListReportsOptions = {}): Promise<Page<ReportListItem>> => {
    const { reports } = await run(ReportsDocument, { filter, asOf: day(asOf), first, after });
    return connectionPage(reports);
  };

  return {
    async getReport(id, { asOf } = {}) {
      const first = await run(ReportDocument, { id, asOf: day(asOf) });
      if (!first.report) return null;
      const { appearances, ...report } = first.report;
      const all: ReportAppearance[] = appearances.edges.map((e) => e.node);
      // A report rarely has more claims than one page holds; when it does, fetch the rest.
      for (let page = appearances; page.pageInfo.hasNextPage && page.pageInfo.endCursor;) {
        const next = await run(ReportDocument, { id, asOf: day(asOf), after: page.pageInfo.endCursor });
        if (!next.report) break;
        page = next.report.appearances;
        all.push(...page.edges.map((e) => e.node));
      }
      return { ...report, appearances: all };
    },

    listClaims,
    search,

    async getClaimTimeline(id, { asOf } = {}) {
      const { claim } = await run(ClaimTimelineDocument, { id, asOf: day(asOf) });
      return claim && { ...claim, timeline: claim.timeline ?? [] };
    },

    async getClaimProvenance(id, { asOf } = {}) {
      return (await run(ClaimProvenanceDocument, { id, asOf: day(asOf) })).claim;
    },

    async getSource(ref, { asOf } = {}) {
      const { source } = await run(SourceDocument, { ...refVariables(ref), asOf: day(asOf) });
      if (!source) return null;
      const { reports, claims, ...rest } = source;
      return { ...rest, reportCount: reports.totalCount, claimCount: claims.totalCount };
    },

    listReports,

    async listClaimsWithResolution({ filter, asOf, first, after } = {}) {
      const { claims } = await run(ClaimsWithResolutionDocument, { filter, asOf: day(asOf), first, after });
      return connectionPage(claims);
    },

    async listRecentlyResolved({ asOf, first } = {}) {
      return (await run(RecentlyResolvedDocument, { asOf: day(asOf), first })).recentlyResolved;
    },

    async getClaimRelations(id, { asOf } = {}) {
      return (await run(ClaimRelationsDocument, { id, asOf: day(asOf) })).claim;
    },

    async getActor(ref, { asOf } = {}) {
      const { actor } = await run(ActorDocument, { ...refVariables(ref), asOf: day(asOf) });
      if (!actor) return null;
      const { made, about, ...rest } = actor;
      return { ...rest, claimsMadeCount: made.totalCount, claimsAboutCount: about.totalCount };
    },

    async listActorClaims(ref, { role, asOf, first, after } = {}) {
      const { actor } = await run(ActorClaimsDocument, { ...refVariables(ref), role, asOf: day(asOf), first, after });
      return actor && connectionPage(actor.claims);
    },

    async listSourceClaims(ref, { asOf, first, after } = {}) {
      const { source } = await run(SourceClaimsDocument, { ...refVariables(ref), asOf: day(asOf), first, after });
      return source && connectionPage(source.claims);
    },

    async createClaim(input) {
      // One mutation: the server stores the claim and its anchor in one transaction.
      const { appearances, ...claim } = required((await run(CreateClaimDocument, { input })).createClaim, 'createClaim');
      return { claim, appearance: required(appearances[0], 'createClaim.appearances') };
    },

    async recordResolution(input) {
      return required((await run(RecordResolutionDocument, { input })).recordResolution, 'recordResolution');
    },

    async ingestReport(input) {
      return required((await run(IngestReportDocument, { input })).ingestReport, 'ingestReport');
    },

    async listProposals(reportId, { status, first, after } = {}) {
      return connectionPage((await run(ProposalsDocument, { reportId, status, first, after })).proposals);
    },

    async acceptProposal(input) {
      return required((await run(AcceptProposalDocument, { input })).acceptProposal, 'acceptProposal');
    },

    async rejectProposal(input) {
      return required((await run(RejectProposalDocument, { input })).rejectProposal, 'rejectProposal');
    },

    async viewer({ recentWrites } = {}) {
      return (await run(ViewerDocument, { writes: recentWrites })).viewer;
    },

    async reviewQueue({ first } = {}) {
      return (await run(ReviewQueueDocument, { first })).reviewQueue;
    },

    async listSources({ name, first } = {}) {
      return connectionPage((await run(SourcesDocument, { name, first })).sources);
    },

    async createSource(input) {
      return required((await run(CreateSourceDocument, { input })).createSource, 'createSource');
    },

    async getClaimReview(id, { url } = {}) {
      const review = (await run(ClaimReviewDocument, { id, url })).claim?.claimReview;
      return review ? (JSON.parse(review) as Record<string, unknown>) : null;
    },

    // Strings and DocumentNodes go out as their text (execute reads either); only the types differ.
    request: (document: TypedDocument<unknown, unknown> | string | UntypedDocument, variables?: unknown) =>
      execute(config, document as TypedDocument<unknown, unknown>, variables),

    paginate: {
      claims: (options = {}) => walkConnection((after) => listClaims({ ...options, first: options.first ?? MAX_PAGE, after })),
      search: (query, options = {}) => walkConnection((after) => search(query, { ...options, first: options.first ?? MAX_PAGE, after })),
      reports: (options = {}) => walkConnection((after) => listReports({ ...options, first: options.first ?? MAX_PAGE, after })),
    },
  };
}

/** `YYYY-MM-DD` for the API's Date scalar. */
function day(value: Day | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value.toISOString().slice(0, 10);
}

// Slugs are lower-case words joined by hyphens (the API makes them so); ids never look like that.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function refVariables(ref: SourceRef | ActorRef): { id?: string; slug?: string } {
  if (typeof ref !== 'string') return ref;
  return SLUG.test(ref) ? { slug: ref } : { id: ref };
}

/** A connection as one page: its nodes without the edges around them, its count and where the next page starts. */
function connectionPage<T, Total = number>(connection: {
  totalCount: Total;
  pageInfo: Page<T>['pageInfo'];
  edges: { node: T }[];
}): Page<T, Total> {
  return { nodes: connection.edges.map((e) => e.node), totalCount: connection.totalCount, pageInfo: connection.pageInfo };
}

function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) {
    throw new ClaimGraphError(`${field} returned nothing and no error`, { code: 'EMPTY_RESULT' });
  }
  return value;
}
