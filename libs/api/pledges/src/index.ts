export * from './lib/pledges.module';
