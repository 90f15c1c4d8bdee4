export * from './inputs';
export * from './rules';
export * from './verdict';
export { recordResolution } from './writes';
