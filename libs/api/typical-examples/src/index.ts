export * from './lib/typical-examples.module';
