export * from './inputs';
export { createSource, updateSource } from './writes';
export { countSourceClaims, sourceClaimsPage, sourceClaimsPageSql, type SourceClaimsQuery } from './claims';
