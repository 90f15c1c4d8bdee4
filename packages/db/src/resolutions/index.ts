export * from './inputs';
export * from './verdict';
export { recordResolution } from './writes';
