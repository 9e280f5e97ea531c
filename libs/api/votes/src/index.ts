export * from './lib/votes.module';
export * from './lib/votes.service';
