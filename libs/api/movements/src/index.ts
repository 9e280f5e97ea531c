export * from './lib/movements.module';
