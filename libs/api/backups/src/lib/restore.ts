import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AuditService, ChainReport } from '@tdkt/api/access';
import { PGLITE_EXTENSIONS, acquireFolderLock, dataDirLayout, dataSourceOptions } from '@tdkt/api/database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import * as tar from 'tar';
import { openBackupFile } from './backup-archive';
import { BackupManifest, countDifferences } from './backup-manifest';
import { tableCounts } from './backup';
import { runPgTool } from './pg-tools';

export interface RestoreOptions {
  file: string;
  dataDir: string;
  /** Restore into this (empty) PostgreSQL database instead of DATA_DIR. */
  databaseUrl?: string;
}

export interface RestoreReport {
  engine: BackupManifest['engine'];
  target: string;
  manifest: BackupManifest;
  counts: Record<string, number>;
  audit: ChainReport;
}

/** The restored copy did not hold what the backup says: counts or the audit chain differ. */
export class RestoreCheckError extends Error {}

/**
 * `npm run restore -- FILE`: rebuilds an EMPTY DATA_DIR (embedded backup) or an EMPTY database (DATABASE_URL,
 * PostgreSQL backup), then checks the copy: the manifest's counts per table and a valid audit chain.
 */
export async function restoreBackup(o: RestoreOptions): Promise<RestoreReport> {
  const work = mkdtempSync(join(tmpdir(), 'tdkt-restore-'));
  try {
    const manifest = await openBackupFile(resolve(o.file), work);
    if (manifest.engine === 'pglite' && o.databaseUrl) {
      throw new Error(
        'Bản sao lưu này là của cơ sở dữ liệu nhúng: bỏ DATABASE_URL để khôi phục vào DATA_DIR. / This is a backup of the embedded database: unset DATABASE_URL to restore it into DATA_DIR.',
      );
    }
    if (manifest.engine === 'postgres' && !o.databaseUrl) {
      throw new Error(
        'Bản sao lưu này là của PostgreSQL: đặt DATABASE_URL trỏ tới một cơ sở dữ liệu trống. / This is a PostgreSQL backup: set DATABASE_URL to an empty database.',
      );
    }
    return o.databaseUrl ? await restorePostgres(manifest, work, o.databaseUrl, o.dataDir) : await restorePglite(manifest, work, o.dataDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

async function restorePglite(manifest: BackupManifest, work: string, dataDir: string): Promise<RestoreReport> {
  const layout = dataDirLayout(dataDir);
  const lock = acquireFolderLock(layout.root);
  try {
    const occupied = [layout.pglite, ...(manifest.documents ? [layout.files] : [])].filter((d) => !isEmptyFolder(d));
    if (occupied.length) {
      throw new Error(
        `Không khôi phục đè lên dữ liệu có sẵn: ${occupied.join(', ')} không trống. Dời (hoặc xóa) các thư mục đó rồi chạy lại. / ` +
          `Will not restore over existing data: ${occupied.join(', ')} is not empty. Move (or delete) it and run again.`,
      );
    }
    let db: PGlite | null = null;
    try {
      db = await PGlite.create({
        dataDir: layout.pglite,
        loadDataDir: new Blob([new Uint8Array(readFileSync(join(work, manifest.database.part)))]),
        extensions: PGLITE_EXTENSIONS,
      });
      if (manifest.documents) await tar.x({ file: join(work, manifest.documents.part), cwd: layout.root, strict: true });
      const opened = db;
      const checked = await check(manifest, { ...dataSourceOptions({ openPglite: async () => opened }), migrationsRun: false });
      db = null; // closed with its data source
      return { ...checked, engine: 'pglite', target: layout.root, manifest };
    } catch (e) {
      await db?.close().catch(() => undefined);
      // The target was empty: take back what was written, so a failed restore never looks like a good DATA_DIR.
      rmSync(layout.pglite, { recursive: true, force: true });
      if (manifest.documents) rmSync(layout.files, { recursive: true, force: true });
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n(Phần đã khôi phục dở đã được xóa. / The partial restore was removed.)`);
    }
  } finally {
    lock.release();
  }
}

async function restorePostgres(manifest: BackupManifest, work: string, databaseUrl: string, dataDir: string): Promise<RestoreReport> {
  const layout = dataDirLayout(dataDir);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ n }] = (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%' AND s.nspname NOT LIKE 'pg_temp%'
            AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
      )
    ).rows;
    if (n > 0) {
      throw new Error(
        `Cơ sở dữ liệu đích không trống (${n} bảng/chuỗi số): tạo một cơ sở dữ liệu mới (createdb) rồi trỏ DATABASE_URL vào đó. / ` +
          `The target database is not empty (${n} tables/sequences): create a new database (createdb) and point DATABASE_URL at it.`,
      );
    }
  } finally {
    await client.end();
  }
  if (manifest.documents && !isEmptyFolder(layout.files)) {
    throw new Error(`Không khôi phục đè lên ${layout.files} (không trống). / Will not restore over ${layout.files} (not empty).`);
  }
  await runPgTool('pg_restore', databaseUrl, ['--no-owner', '--exit-on-error', '--no-password', join(work, manifest.database.part)]);
  if (manifest.documents) {
    mkdirSync(layout.root, { recursive: true });
    await tar.x({ file: join(work, manifest.documents.part), cwd: layout.root, strict: true });
  }
  const checked = await check(manifest, { ...dataSourceOptions({ url: databaseUrl, poolSize: 1 }), migrationsRun: false });
  return { ...checked, engine: 'postgres', target: new URL(databaseUrl).pathname.slice(1), manifest };
}

/** The restored copy against the manifest: same rows in every table, and an intact audit chain. */
async function check(manifest: BackupManifest, options: ReturnType<typeof dataSourceOptions>): Promise<{ counts: Record<string, number>; audit: ChainReport }> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const counts = await tableCounts((sql) => dataSource.query(sql));
    const differences = countDifferences(manifest.counts, counts);
    if (differences.length) {
      const list = differences.map((d) => `${d.table}: ${d.expected ?? '-'} → ${d.actual ?? '-'}`).join(', ');
      throw new RestoreCheckError(`Số bản ghi khác bản sao lưu: ${list}. / Row counts differ from the backup: ${list}.`);
    }
    const audit = await new AuditService(dataSource).verify();
    if (!audit.ok) {
      const at = `${audit.firstBroken?.seq}: ${audit.firstBroken?.reason}`;
      throw new RestoreCheckError(`Chuỗi nhật ký kiểm tra bị đứt tại mục ${at}. / The audit chain is broken at entry ${at}.`);
    }
    return { counts, audit };
  } finally {
    await dataSource.destroy();
  }
}
