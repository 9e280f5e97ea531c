export * from './lib/commendations.module';
