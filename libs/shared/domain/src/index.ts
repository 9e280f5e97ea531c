export * from './lib/achievement';
export * from './lib/period';
export * from './lib/province-validity';
export * from './lib/commendation-record';
export * from './lib/workflow';
export * from './lib/report';
export * from './lib/rules';
export * from './lib/dossier';
