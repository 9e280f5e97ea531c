export * from './lib/data-source';
export * from './lib/database.module';
export * from './lib/entities';
export * from './lib/migrations';
export * from './lib/owner-migrations';
export * from './lib/reference-lookup.service';
export * from './lib/seeds/reference.seed';
export * from './lib/seeds/seed-runner';
