export * from './lib/excel/pledge-result-sheet';
export * from './lib/pledges.module';
