// @claimgraph/sdk: a typed client for the ClaimGraph API.
export { createClient } from './client.js';
export type {
  ActorDetails,
  ActorRef,
  ClaimGraphClient,
  ClaimRelations,
  ClaimWithAppearances,
  ClaimWithResolution,
  ClientOptions,
  IngestedReport,
  ListActorClaimsOptions,
  ListPartyClaimsOptions,
  ListProposalsOptions,
  Proposal,
  ListReportsOptions,
  ReportListItem,
  ReviewQueueItem,
  SourceOption,
  UntypedDocument,
  Viewer,
} from './client.js';
export {
  AuthenticationError,
  ClaimGraphError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  ValidationError,
} from './errors.js';
export type { ClaimGraphErrorDetails, FieldIssue, GraphQLErrorEntry } from './errors.js';
export type { FetchLike, ResponseLike, TypedDocument, VariablesArgument } from './execute.js';
export { isSettled, type SettledVerdict } from './verdicts.js';
export type * from './types.js';

// The SDK's own documents, for `client.request` when a method does not return what you need.
export {
  ActorClaimsDocument,
  ActorDocument,
  AddAppearanceDocument,
  ClaimProvenanceDocument,
  ClaimRelationsDocument,
  ClaimsDocument,
  ClaimsWithResolutionDocument,
  ClaimTimelineDocument,
  CreateClaimDocument,
  HideDocument,
  RecentlyResolvedDocument,
  RecordResolutionDocument,
  ReportDocument,
  ReportsDocument,
  SearchDocument,
  SourceClaimsDocument,
  SourceDocument,
  UpdateClaimDocument,
} from './generated/graphql.js';
// Schema enums and inputs, and each document's result and variables types.
export type * from './generated/graphql.js';
