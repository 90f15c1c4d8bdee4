export * from './inputs';
export { createSource, updateSource } from './writes';
