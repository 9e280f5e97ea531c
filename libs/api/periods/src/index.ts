export * from './lib/periods.module';
