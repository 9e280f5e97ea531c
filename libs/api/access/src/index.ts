export * from './lib/access.module';
export * from './lib/actor';
export * from './lib/audit-chain';
export * from './lib/audit.service';
export * from './lib/commendation-list.query';
export * from './lib/scope.service';
export * from './lib/period-locks.service';
