import { BACKUP_FILE_PATTERN } from '@tdkt/api/database';

export const BACKUP_FORMAT = 'tdkt-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupEngine = 'pglite' | 'postgres';
export type BackupKind = 'daily' | 'manual';

/** One file inside the backup, checked by size and sha256 before anything is restored. */
export interface BackupPart {
  name: string;
  size: number;
  sha256: string;
}

/** `manifest.json`, the first entry of every backup file. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  engine: BackupEngine;
  kind: BackupKind;
  createdAt: string;
  appVersion: string;
  /** PGlite's or the server's PostgreSQL version, and the newest migration applied. */
  database: { part: string; serverVersion: string; lastMigration: string | null };
  /** Rows per table at the moment of the snapshot; a restore must find the same. */
  counts: Record<string, number>;
  /** The document store (DATA_DIR/files), when it existed. */
  documents: { part: string; files: number; bytes: number } | null;
  parts: BackupPart[];
}

/** `tdkt-backup-20261208-020000123-daily.tar`: names sort in time order. */
export function backupFileName(at: Date, kind: BackupKind): string {
  const iso = at.toISOString(); // 2026-12-08T02:00:00.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}`;
  return `tdkt-backup-${stamp}-${kind}.tar`;
}

/** When a backup file was made and what kind it is, from its name; null for any other file. */
export function parseBackupFileName(name: string): { at: Date; kind: BackupKind } | null {
  const m = BACKUP_FILE_PATTERN.exec(name);
  if (!m) return null;
  const s = m[1];
  const at = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
  return Number.isNaN(at.getTime()) ? null : { at, kind: m[2] as BackupKind };
}

/** The files of one kind to delete so that only the newest `keep` remain (the other kind is never touched). */
export function backupsToRotate(names: readonly string[], kind: BackupKind, keep: number): string[] {
  const ofKind = names
    .filter((n) => parseBackupFileName(n)?.kind === kind)
    .slice()
    .sort();
  return ofKind.slice(0, Math.max(ofKind.length - Math.max(keep, 1), 0));
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A daily backup is due when none exists or the newest is a day old. */
export function isDailyBackupDue(names: readonly string[], now: Date): boolean {
  const newest = names
    .map(parseBackupFileName)
    .filter((p): p is { at: Date; kind: BackupKind } => p?.kind === 'daily')
    .reduce<number | null>((max, p) => Math.max(max ?? 0, p.at.getTime()), null);
  return newest === null || now.getTime() - newest >= DAY_MS;
}

/** The tables whose counts differ between the manifest and the restored database (missing ones included). */
export function countDifferences(
  expected: Record<string, number>,
  actual: Record<string, number>,
): { table: string; expected: number | null; actual: number | null }[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return tables
    .filter((t) => expected[t] !== actual[t])
    .map((t) => ({ table: t, expected: expected[t] ?? null, actual: actual[t] ?? null }));
}

/** Refuses a file that is not a backup of this format before anything is written. */
export function checkManifest(value: unknown): BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  const fail = (why: string) => {
    throw new Error(`Tệp không phải bản sao lưu hợp lệ (${why}). / Not a valid backup file (${why}).`);
  };
  if (!m || typeof m !== 'object') return fail('no manifest');
  if (m.format !== BACKUP_FORMAT) return fail(`format ${String(m.format)}`);
  if (m.formatVersion !== BACKUP_FORMAT_VERSION) return fail(`format version ${String(m.formatVersion)}, this app reads ${BACKUP_FORMAT_VERSION}`);
  if (m.engine !== 'pglite' && m.engine !== 'postgres') return fail(`engine ${String(m.engine)}`);
  if (!m.database || typeof m.database.part !== 'string') return fail('no database part');
  if (!m.counts || typeof m.counts !== 'object') return fail('no counts');
  if (!Array.isArray(m.parts) || !m.parts.some((p) => p.name === m.database?.part)) return fail('parts do not list the database');
  for (const p of m.parts) {
    if (typeof p.name !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(p.name) || typeof p.sha256 !== 'string' || typeof p.size !== 'number') {
      return fail(`part ${JSON.stringify(p)}`);
    }
  }
  return m as BackupManifest;
}
