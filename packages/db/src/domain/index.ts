export * from './names';
export * from './anchor';
export * from './partial-date';
export * from './verdict';
