export * from './lib/domain-error';
export * from './lib/http-error.filter';
export * from './lib/pagination';
export * from './lib/settings';
export * from './lib/validation-pipe';
