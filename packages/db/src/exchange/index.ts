export { exportGraph, importGraph, ImportError, GRAPH_TYPES, type ExportOptions, type ExportedLine } from './graph';
export { claimsCsv, CLAIMS_CSV_COLUMNS } from './claims-csv';
