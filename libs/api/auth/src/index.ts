export * from './lib/account-seed';
export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/auth.settings';
export * from './lib/password';
export * from './lib/rate-limit-store.module';
export * from './lib/redis-rate-limit.store';
