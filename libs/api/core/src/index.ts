export * from './lib/array-body.pipe';
export * from './lib/domain-error';
export * from './lib/http-error.filter';
export * from './lib/pagination';
export * from './lib/settings';
export * from './lib/trust-proxy';
export * from './lib/validation-pipe';
export * from './lib/uuid.pipe';
