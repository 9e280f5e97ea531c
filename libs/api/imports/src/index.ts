export * from './lib/imports.module';
