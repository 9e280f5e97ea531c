export * from './lib/decree30';
