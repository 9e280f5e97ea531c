export * from './lib/provinces.module';
