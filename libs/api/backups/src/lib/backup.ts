import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { FolderLockedError, dataDirLayout, openLockedPglite, withEmbeddedDatabase } from '@tdkt/api/database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Snapshot, WrittenBackup, archiveDocuments, writeBackupFile } from './backup-archive';
import { BackupKind, backupFileName } from './backup-manifest';
import { runPgTool } from './pg-tools';

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export const PGLITE_PART = 'database.tar.gz';
export const POSTGRES_PART = 'database.pgdump';

/**
 * Rows per table of the app's schema, and the newest migration: what a restore must find again. Unlogged tables
 * (the rate-limit counters) are left out: PostgreSQL empties them after a crash or a restore, by design.
 */
export async function tableCounts(query: Query): Promise<Record<string, number>> {
  const tables = await query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relpersistence = 'p' ORDER BY c.relname`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const name = String(t['name']);
    counts[name] = Number((await query(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`))[0]['n']);
  }
  return counts;
}

async function describe(query: Query): Promise<{ serverVersion: string; lastMigration: string | null }> {
  const [v] = await query(`SHOW server_version`);
  let lastMigration: string | null = null;
  try {
    const [m] = await query(`SELECT name FROM migrations ORDER BY "timestamp" DESC LIMIT 1`);
    lastMigration = m ? String(m['name']) : null;
  } catch {
    // not migrated: nothing to name
  }
  return { serverVersion: String(v['server_version']), lastMigration };
}

/**
 * The embedded database as a copy of its data folder, made by PGlite's own `dumpDataDir` after a CHECKPOINT
 * while nothing else runs on its one connection (the caller holds it). Chosen over a logical dump because
 * PGlite ships no pg_dump for Node, the copy is exactly what PGlite opens (same PostgreSQL 18 build, indexes
 * and sequences included), and `loadDataDir` reads it back as is; the tests' template snapshots work the same way.
 */
export async function snapshotPglite(db: PGlite, stagingDir: string, dataDir: string): Promise<Snapshot> {
  const query: Query = async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
  await db.exec('CHECKPOINT');
  const counts = await tableCounts(query);
  const info = await describe(query);
  const dump = await db.dumpDataDir('gzip');
  writeFileSync(join(stagingDir, PGLITE_PART), Buffer.from(await dump.arrayBuffer()));
  // Inside the same hold of the connection: no document can be added or removed between the two.
  const documents = await archiveDocuments(dataDir, stagingDir);
  return { engine: 'pglite', database: { part: PGLITE_PART, ...info }, counts, documents };
}

/**
 * PostgreSQL: `pg_dump --format=custom` run as a child process inside an exported snapshot, so the dump and the
 * counts in the manifest see the same committed state while the app keeps writing.
 */
export async function snapshotPostgres(databaseUrl: string, stagingDir: string, dataDir: string): Promise<Snapshot> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const [{ snapshot }] = (await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')).rows;
    const query: Query = async (sql) => (await client.query(sql)).rows;
    const counts = await tableCounts(query);
    const info = await describe(query);
    await runPgTool('pg_dump', databaseUrl, ['--format=custom', `--snapshot=${snapshot}`, `--file=${join(stagingDir, POSTGRES_PART)}`, '--no-password']);
    await client.query('COMMIT');
    // Documents written after the snapshot only add files nobody refers to yet.
    const documents = await archiveDocuments(dataDir, stagingDir);
    return { engine: 'postgres', database: { part: POSTGRES_PART, ...info }, counts, documents };
  } finally {
    await client.end();
  }
}

export interface BackupCommandOptions {
  dataDir: string;
  databaseUrl?: string;
  /** The file to write; DATA_DIR/backups/tdkt-backup-<time>-manual.tar when not given. */
  out?: string;
  now?: Date;
}

/** `npm run backup`: the embedded database from a stopped DATA_DIR, or PostgreSQL through pg_dump. */
export async function backupCommand(o: BackupCommandOptions): Promise<WrittenBackup> {
  const layout = dataDirLayout(o.dataDir);
  const now = o.now ?? new Date();
  const out = resolve(o.out ?? join(layout.backups, backupFileName(now, 'manual')));
  if (existsSync(out)) throw new Error(`Tệp ${out} đã có; chọn tên khác. / ${out} exists already; choose another name.`);
  mkdirSync(dirname(out), { recursive: true });
  if (o.databaseUrl) {
    const url = o.databaseUrl;
    return writeBackupFile(out, 'manual', (staging) => snapshotPostgres(url, staging, layout.root), now);
  }
  if (!existsSync(join(layout.pglite, 'PG_VERSION'))) {
    throw new Error(`Không có cơ sở dữ liệu nhúng trong ${layout.pglite}. / No embedded database in ${layout.pglite}.`);
  }
  let db: PGlite;
  try {
    db = await openLockedPglite(layout.pglite);
  } catch (e) {
    if (e instanceof FolderLockedError) {
      throw new Error(
        `${e.message}\n` +
          `Sao lưu từ dòng lệnh cần máy chủ đã dừng. Khi máy chủ đang chạy: quản trị viên gọi POST /api/v1/backups, hoặc dùng bản sao lưu hằng ngày trong ${layout.backups}.\n` +
          `A command-line backup needs the server stopped. While it runs: an admin calls POST /api/v1/backups, or use the daily backups in ${layout.backups}.`,
      );
    }
    throw e;
  }
  try {
    return await writeBackupFile(out, 'manual', (staging) => snapshotPglite(db, staging, layout.root), now);
  } finally {
    await db.close();
  }
}

/** A backup of the running app's database, through its own connection (embedded) or pg_dump (PostgreSQL). */
export async function backupRunningDatabase(dataSource: DataSource, dataDir: string, out: string, kind: BackupKind, now: Date): Promise<WrittenBackup> {
  const layout = dataDirLayout(dataDir);
  mkdirSync(dirname(out), { recursive: true });
  return writeBackupFile(
    out,
    kind,
    (staging) => {
      const embedded = withEmbeddedDatabase(dataSource, (db) => snapshotPglite(db, staging, layout.root));
      if (embedded) return embedded;
      const url = (dataSource.options as { url?: string }).url;
      if (!url) throw new Error('The data source has neither an embedded database nor a URL');
      return snapshotPostgres(url, staging, layout.root);
    },
    now,
  );
}
