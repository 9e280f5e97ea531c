export * from './lib/dates';
export * from './lib/decision-number';
export * from './lib/fold';
