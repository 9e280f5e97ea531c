export * from './lib/scoring.reader';
export * from './lib/vote.reader';
