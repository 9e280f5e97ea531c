export * from './lib/findings.module';
