export { resolveActorId, actorIdsMergedInto, MergeCycleError } from './actors';
export type { ActorReader } from './actors';
export * from './claims';
export * from './search';
