export * from './inputs';
export { createClaim, updateClaim } from './writes';
export { relateClaims, updateClaimRelation } from './relations';
export * from './queries';
export * from './rules';
export * from './provenance';
