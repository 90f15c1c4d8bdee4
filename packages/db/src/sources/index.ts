export * from './inputs';
export { createSource, updateSource } from './writes';
export { countSourceClaims, sourceClaimsPage, type SourceClaimsQuery } from './claims';
