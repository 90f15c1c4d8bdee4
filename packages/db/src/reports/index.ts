export * from './inputs';
export { contentHash, createReport, updateReport } from './writes';
export { countPublishedReports, countPublishedReportsSql } from './queries';
