export * from './inputs';
export { createSource, updateSource } from './writes';
export { countSourceClaims, sourceClaimsPageSql, type SourceClaimsQuery } from './claims';
