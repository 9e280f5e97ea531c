export * from './scoring';
export * from './tally';
