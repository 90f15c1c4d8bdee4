export * from './inputs';
export { contentHash, createReport, updateReport } from './writes';
export { countPublishedReports } from './queries';
