export * from './inputs';
export { createClaim, updateClaim } from './writes';
export { relateClaims, updateClaimRelation } from './relations';
export * from './queries';
export { claimPageIds, countClaims, type ClaimPage } from './verdict-page';
export * from './rules';
export * from './provenance';
