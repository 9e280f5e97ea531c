export * from './lib/account-seed';
export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/auth.settings';
export * from './lib/password';
