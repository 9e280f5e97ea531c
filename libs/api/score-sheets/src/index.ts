export * from './lib/score-sheets.module';
