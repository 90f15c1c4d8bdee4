export * from './errors';
export * from './inputs';
export * from './common';
export { createSource } from './sources';
export { createActor } from './actors';
export { createReport, contentHash } from './reports';
export { createClaim, addAppearance, relateClaims } from './claims';
export { recordResolution } from './resolutions';
export { createApiKey, findApiKey, hashSecret } from './apikeys';
