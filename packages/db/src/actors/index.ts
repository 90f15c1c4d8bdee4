export * from './inputs';
export { createActor, updateActor } from './writes';
export { addActorAlias, removeActorAlias } from './aliases';
export { mergeActors, unmergeActors, recordDistinction } from './merge';
export { resolveActorId, actorIdsMergedInto, MergeCycleError, type ActorReader } from './queries';
export { actorClaimsPageSql, actorByKeyClaimsPageSql, countActorClaims, type ActorClaimsQuery, type ActorKey } from './claims';
