export * from './errors';
export * from './inputs';
export * from './common';
export { createSource } from './sources';
export { createActor } from './actors';
export { createReport, contentHash } from './reports';
export { createClaim, addAppearance, relateClaims } from './claims';
export { recordResolution } from './resolutions';
export { createApiKey, findApiKey, hashSecret } from './apikeys';
export { updateReport, updateSource, updateActor } from './updates';
export { updateClaim, updateAppearance, updateClaimRelation } from './claim-updates';
export {
  hideReport,
  unhideReport,
  hideSource,
  unhideSource,
  hideActor,
  unhideActor,
  hideClaim,
  unhideClaim,
  hideAppearance,
  unhideAppearance,
  hideClaimRelation,
  unhideClaimRelation,
} from './hide';
export { addActorAlias, removeActorAlias } from './actor-aliases';
export { mergeActors, unmergeActors, recordDistinction } from './actor-merge';
export type { VersionedEntity } from './versioned';
