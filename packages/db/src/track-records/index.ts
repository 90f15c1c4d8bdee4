export * from './arithmetic';
