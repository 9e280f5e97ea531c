export * from './lib/award-types.module';
