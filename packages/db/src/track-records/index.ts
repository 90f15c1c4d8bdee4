export * from './arithmetic';
export * from './queries';
