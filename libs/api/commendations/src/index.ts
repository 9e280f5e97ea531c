export * from './lib/commendations.module';
export * from './lib/excel/commendation-sheet';
