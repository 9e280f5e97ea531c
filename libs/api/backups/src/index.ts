export * from './lib/backup';
export * from './lib/backup-archive';
export * from './lib/backup-manifest';
export * from './lib/backups.module';
export * from './lib/backups.service';
export * from './lib/pg-tools';
export * from './lib/restore';
