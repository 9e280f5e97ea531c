export * from './lib/commendation-sheet';
export * from './lib/imports.module';
