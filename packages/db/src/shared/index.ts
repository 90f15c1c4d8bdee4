// Mechanics every entity's writes share: errors, inputs' building blocks, transactions, the
// revision log, versioned updates, hiding, slugs, visibility checks, partial dates and names.
export * from './errors';
export * from './inputs';
export * from './names';
export * from './like';
export * from './partial-date';
export { recordRevision, toJson, type Tx, type RevisionAction } from './revisions';
export { freeSlug, slugTaken } from './slugs';
export { transaction, type WriteContext } from './transaction';
export type { VersionedEntity } from './versioned';
export * from './hiding';
