export * from './authority';
export * from './eligibility-rules';
export * from './engine';
export * from './history';
export * from './recipient-match';
export * from './rule';
export * from './vote-rules';
