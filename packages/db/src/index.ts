export * from './client';
export { startEmbeddedPostgres, readRunningServer, embeddedUrl, canConnect, parentDeathPrefix, EmbeddedPostgresError } from './embedded';
export type { EmbeddedPostgres, ServerInfo } from './embedded';
export { openDatabase, DatabaseUnreachableError } from './connect';
export type { DatabaseHandle } from './connect';
