export * from './inputs';
export { contentHash, createReport, updateReport } from './writes';
