export * from './lib/commendation-sheet';
export * from './lib/imports.module';
export * from './lib/pledge-result-sheet';
export * from './lib/sheet';
export * from './lib/typical-example-sheet';
