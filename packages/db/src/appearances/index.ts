export * from './inputs';
export * from './anchor';
export { addAppearance, updateAppearance } from './writes';
export * from './rules';
