export * from './inputs';
export { createClaim, updateClaim } from './writes';
export { relateClaims, updateClaimRelation } from './relations';
export * from './queries';
export { claimPageIds, countClaims } from './verdict-page';
export { countLanguageClaims, languageClaimsPageSql, type LanguageClaimsQuery } from './languages';
export { readClaimPage, type ClaimPage } from './page-sql';
export * from './rules';
export * from './provenance';
