export * from './authority';
export * from './discipline-freeze';
export * from './eligibility-rules';
export * from './engine';
export * from './history';
export * from './recipient-match';
export * from './rule';
export * from './vote-rules';
