import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, DataSourceOptions } from 'typeorm';
import { PGLITE_EXTENSIONS, openLockedPglite } from './data-dir/data-dir';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { createPGliteDriver } from './pglite-driver';

export interface DatabaseSettings {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** The schema owner's URL (DATABASE_OWNER_URL): migrations run with it, and `url`'s role gets only the app's rights. */
  ownerUrl?: string;
  /** Folder of the embedded database, or `memory://` for a throwaway one. */
  pgliteDir?: string;
  /** Opens the embedded database some other way (tests load a migrated snapshot). */
  openPglite?: () => Promise<PGlite>;
  /** Connections per API process on PostgreSQL. */
  poolSize?: number;
  logging?: boolean;
}

export { PGLITE_EXTENSIONS };

/** A folder is opened under DATA_DIR's lock (one process per folder, §11); `memory://` is a throwaway database. */
export function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
  return openLockedPglite(dataDir);
}

/** One set of options for the app, the migration CLI and the tests: the same migrations on both engines. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // Extensions come from the migrations; TypeORM's own uuid-ossp attempt fails on PGlite.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logging: settings.logging ? ['error' as const, 'warn' as const, 'query' as const] : ['error' as const],
  };
  if (settings.url) {
    // A server that does not answer (network cut) fails a request after 30 s (503) instead of holding it forever.
    // With an owner URL the owner migrates first (migrateAsOwner); the app's role could not.
    return {
      ...common,
      migrationsRun: !settings.ownerUrl,
      url: settings.url,
      extra: { max: settings.poolSize ?? 10, connectionTimeoutMillis: 30_000 },
    };
  }
  const dir = settings.pgliteDir ?? 'memory://';
  return { ...common, driver: createPGliteDriver(settings.openPglite ?? (() => openPglite(dir))) };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Settings from the environment, as the app and the CLI read them. */
export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    url: env['DATABASE_URL'] || undefined,
    ownerUrl: env['DATABASE_OWNER_URL'] || undefined,
    pgliteDir: resolve(env['DATA_DIR'] || 'data', 'pglite'),
    poolSize: env['DB_POOL_SIZE'] ? Number(env['DB_POOL_SIZE']) : undefined,
    logging: env['DB_LOGGING'] === 'true',
  };
}
