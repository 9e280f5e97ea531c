export * from './bulletin';
export * from './commendation-figures';
export * from './format-vi';
export * from './narrative';
export * from './pledge-figures';
