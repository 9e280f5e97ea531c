import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { FolderLock, acquireFolderLock } from './folder-lock';

export const PGLITE_EXTENSIONS = { pg_trgm };

/** The folders DATA_DIR holds: the embedded database, the document store and the backups. */
export function dataDirLayout(dataDir: string): { root: string; pglite: string; files: string; backups: string } {
  const root = resolve(dataDir);
  return { root, pglite: join(root, 'pglite'), files: join(root, 'files'), backups: join(root, 'backups') };
}

/** Backup files sort by name in time order: `tdkt-backup-<YYYYMMDD-HHMMSSmmm>-<kind>.tar`. */
export const BACKUP_FILE_PATTERN = /^tdkt-backup-(\d{8}-\d{9})-(daily|manual)\.tar$/;

export function listBackupFiles(backupsDir: string): string[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((f) => BACKUP_FILE_PATTERN.test(f))
    .sort();
}

/** Thrown when the embedded database folder cannot be opened: says what happened and how to restore. */
export class DatabaseFolderError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: unknown,
    readonly newestBackup: string | null,
  ) {
    super(databaseFolderMessage(dir, reason, newestBackup));
    this.name = 'DatabaseFolderError';
  }
}

export function databaseFolderMessage(dir: string, cause: unknown, newestBackup: string | null): string {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const dataDir = dirname(dir);
  const shown = (p: string) => {
    const r = relative(process.cwd(), p);
    return r && !r.startsWith('..') ? r : p;
  };
  const aside = `mv ${shown(dir)} ${shown(dir)}.damaged-$(date +%Y%m%d%H%M)`;
  const restoreVi = newestBackup
    ? `Để khôi phục bản sao lưu mới nhất: dời thư mục hỏng sang chỗ khác (${aside}) rồi chạy: npm run restore -- ${shown(newestBackup)}`
    : `Không thấy bản sao lưu nào trong ${shown(join(dataDir, 'backups'))}; nếu có bản sao lưu ở nơi khác: dời thư mục hỏng sang chỗ khác (${aside}) rồi chạy: npm run restore -- <tệp sao lưu>`;
  const restoreEn = newestBackup
    ? `To restore the newest backup: move the damaged folder aside (${aside}), then run: npm run restore -- ${shown(newestBackup)}`
    : `No backup found in ${shown(join(dataDir, 'backups'))}; if you keep one elsewhere: move the damaged folder aside (${aside}), then run: npm run restore -- <backup file>`;
  return [
    `Không mở được cơ sở dữ liệu nhúng trong ${shown(dir)}: thư mục bị hỏng hoặc thiếu tệp (thường do máy tắt đột ngột khi đang ghi). Chưa có gì bị thay đổi. ${restoreVi}`,
    `The embedded database in ${shown(dir)} cannot be opened: the folder is damaged or incomplete (usually after a crash during a write). Nothing was changed. ${restoreEn}`,
    `(PGlite: ${detail})`,
  ].join('\n');
}

/**
 * Opens the embedded database in `pgliteDir` (DATA_DIR/pglite) under DATA_DIR's folder lock, with a clear
 * message instead of a stack trace when the folder is damaged. Closing the database releases the lock.
 */
export async function openLockedPglite(pgliteDir: string, log: (message: string) => void = (m) => console.warn(m)): Promise<PGlite> {
  const dir = resolve(pgliteDir);
  const dataDir = dirname(dir);
  const lock = acquireFolderLock(dataDir);
  reportTakeOver(lock, log);
  let db: PGlite;
  try {
    db = await openCheckedPglite(dir);
  } catch (e) {
    lock.release();
    throw e;
  }
  const close = db.close.bind(db);
  db.close = async () => {
    try {
      await close();
    } finally {
      lock.release();
    }
  };
  return db;
}

export function reportTakeOver(lock: FolderLock, log: (message: string) => void): void {
  const old = lock.tookOver;
  if (!old) return;
  log(
    `Khóa thư mục cũ ${lock.file} (PID ${old.pid}, từ ${old.since}) thuộc về một tiến trình đã dừng: đã tiếp quản. / ` +
      `Took over the stale folder lock ${lock.file} (PID ${old.pid}, since ${old.since}): that process is gone.`,
  );
}

async function openCheckedPglite(dir: string): Promise<PGlite> {
  const newest = () => {
    const files = listBackupFiles(join(dirname(dir), 'backups'));
    return files.length ? join(dirname(dir), 'backups', files[files.length - 1]) : null;
  };
  // PGlite would run initdb over a folder whose PG_VERSION is gone, hiding what was there: refuse instead.
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, 'PG_VERSION'))) {
    throw new DatabaseFolderError(dir, new Error('PG_VERSION is missing'), newest());
  }
  mkdirSync(dir, { recursive: true });
  try {
    return await PGlite.create({ dataDir: dir, extensions: PGLITE_EXTENSIONS });
  } catch (e) {
    throw new DatabaseFolderError(dir, e, newest());
  }
}
