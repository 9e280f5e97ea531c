import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { DatabaseSettings, PGLITE_EXTENSIONS, createDataSource } from '../data-source';
import { MIGRATIONS } from '../migrations';
import { referenceDir } from '../seeds/reference-files';
import { seedReferenceData } from '../seeds/reference.seed';

export type TestEngine = 'pglite' | 'postgres';

export interface TestDatabase {
  engine: TestEngine;
  settings: DatabaseSettings;
  /** Drops the database (PostgreSQL); the in-memory PGlite goes with its data source. */
  drop(): Promise<void>;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testEngines(): TestEngine[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database with the reference data, private to one test file (`adminUrl`: another server than TEST_DATABASE_URL). */
export async function createTestDatabase(engine: TestEngine, adminUrl?: string): Promise<TestDatabase> {
  return engine === 'pglite' ? createPgliteDatabase() : createPostgresDatabase(adminUrl ?? (process.env['TEST_DATABASE_URL'] as string));
}

// Migrating PGlite takes seconds; a snapshot of a migrated, reference-seeded database loads in a fraction of that.
function templateKey(): string {
  const hash = createHash('sha256');
  // The migrations' code, not just their names: an edited migration must not reuse a stale snapshot.
  for (const m of MIGRATIONS) hash.update(m.name).update(m.prototype.up.toString());
  const dir = referenceDir();
  for (const f of readdirSync(dir).sort()) hash.update(readFileSync(join(dir, f)));
  // The seed's code too: it derives memberships (2025, 2026) that the snapshot holds.
  const seed = join(__dirname, '..', 'seeds', 'reference.seed.ts');
  if (existsSync(seed)) hash.update(readFileSync(seed));
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Buffer> {
  const file = join(tmpdir(), `tdkt-pglite-template-${templateKey()}.tar.gz`);
  if (existsSync(file)) return readFileSync(file);
  const db = await PGlite.create({ dataDir: 'memory://', extensions: PGLITE_EXTENSIONS });
  const ds = createDataSource({ openPglite: async () => db });
  await ds.initialize();
  await seedReferenceData(ds);
  const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
  await ds.destroy();
  // Written aside then renamed: parallel Jest workers may race to build it.
  const temp = `${file}.${randomUUID()}`;
  writeFileSync(temp, dump);
  renameSync(temp, file);
  return dump;
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const template = await pgliteTemplate();
  return {
    engine: 'pglite',
    settings: {
      openPglite: () => PGlite.create({ loadDataDir: new Blob([new Uint8Array(template)]), extensions: PGLITE_EXTENSIONS }),
    },
    drop: async () => undefined,
  };
}

async function createPostgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `tdkt_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const settings: DatabaseSettings = { url: url.toString(), poolSize: 5 };
  const ds = createDataSource(settings);
  await ds.initialize();
  await seedReferenceData(ds);
  await ds.destroy();
  return {
    engine: 'postgres',
    settings,
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
