export { exportGraph, importGraph, ImportError, GRAPH_TYPES, type ExportOptions, type ExportedLine } from './graph';
export { claimsCsv, CLAIMS_CSV_COLUMNS } from './claims-csv';
export {
  claimReviewOf,
  importClaimReviews,
  parseClaimReviews,
  verdictOfRating,
  ClaimReviewError,
  RATING_TABLE,
  RATING_VALUE,
  VERDICT_WORDS,
  type ClaimReviewInput,
  type ClaimReviewOptions,
  type ImportedReview,
} from './claimreview';
