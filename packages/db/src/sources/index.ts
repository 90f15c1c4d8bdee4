export * from './inputs';
export { createSource, updateSource } from './writes';
export { sourceClaimsPage, type SourceClaimsQuery } from './claims';
