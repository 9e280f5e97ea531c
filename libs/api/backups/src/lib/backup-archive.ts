import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as tar from 'tar';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupEngine, BackupKind, BackupManifest, BackupPart, checkManifest } from './backup-manifest';

/** What a database snapshot leaves in the staging folder, for the manifest. */
export interface Snapshot {
  engine: BackupEngine;
  database: BackupManifest['database'];
  counts: Record<string, number>;
  documents: BackupManifest['documents'];
}

export interface WrittenBackup {
  file: string;
  fileName: string;
  size: number;
  sha256: string;
  manifest: BackupManifest;
}

export const DOCUMENTS_PART = 'files.tar.gz';

export function appVersion(): string {
  return process.env['npm_package_version'] ?? '0.0.0';
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes ONE backup file `out`: a tar of `manifest.json` (format, engine, time, app version, counts per table,
 * sha256 of each part) followed by the parts `snapshot` leaves in a staging folder. Written aside and renamed,
 * so a crash never leaves a half file under the final name; `<out>.sha256` holds the whole file's hash.
 */
export async function writeBackupFile(
  out: string,
  kind: BackupKind,
  snapshot: (stagingDir: string) => Promise<Snapshot>,
  now: Date = new Date(),
): Promise<WrittenBackup> {
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.staging-`));
  const partial = `${out}.partial`;
  try {
    const snap = await snapshot(staging);
    const parts: BackupPart[] = [];
    for (const name of readdirSync(staging).sort()) {
      const path = join(staging, name);
      parts.push({ name, size: statSync(path).size, sha256: await sha256File(path) });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      engine: snap.engine,
      kind,
      createdAt: now.toISOString(),
      appVersion: appVersion(),
      database: snap.database,
      counts: snap.counts,
      documents: snap.documents,
      parts,
    };
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await tar.c({ file: partial, cwd: staging, portable: true }, ['manifest.json', ...parts.map((p) => p.name)]);
    renameSync(partial, out);
    const sha256 = await sha256File(out);
    writeFileSync(`${out}.sha256`, `${sha256}  ${basename(out)}\n`);
    return { file: out, fileName: basename(out), size: statSync(out).size, sha256, manifest };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

/**
 * Packs DATA_DIR/files (the document store) as the `files.tar.gz` part; null when the folder does not exist.
 * Entries are stored as `files/...`, so they unpack into DATA_DIR.
 */
export async function archiveDocuments(dataDir: string, stagingDir: string): Promise<BackupManifest['documents']> {
  const folder = join(dataDir, 'files');
  if (!existsSync(folder)) return null;
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files += 1;
        bytes += statSync(path).size;
      }
    }
  };
  walk(folder);
  await tar.c({ file: join(stagingDir, DOCUMENTS_PART), cwd: dataDir, gzip: true, portable: true }, [relative(dataDir, folder)]);
  return { part: DOCUMENTS_PART, files, bytes };
}

/**
 * Unpacks a backup into `workDir` and checks it before anything is restored: the manifest, every part's size
 * and sha256, and the whole file against `<file>.sha256` when that sits beside it.
 */
export async function openBackupFile(file: string, workDir: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new Error(`Không có tệp sao lưu ${file}. / No backup file ${file}.`);
  const sidecar = `${file}.sha256`;
  if (existsSync(sidecar)) {
    const expected = readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0];
    const actual = await sha256File(file);
    if (expected !== actual) throw damaged(file, `sha256 ${actual} ≠ ${expected} (${basename(sidecar)})`);
  }
  try {
    await tar.x({ file, cwd: workDir, strict: true, filter: (path) => /^[a-z0-9][a-z0-9.-]*$/.test(path) });
  } catch (e) {
    throw damaged(file, e instanceof Error ? e.message : String(e));
  }
  const manifestFile = join(workDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw damaged(file, 'manifest.json missing');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    throw damaged(file, 'manifest.json unreadable');
  }
  const manifest = checkManifest(parsed);
  for (const part of manifest.parts) {
    const path = join(workDir, part.name);
    if (!existsSync(path)) throw damaged(file, `part ${part.name} missing`);
    if (statSync(path).size !== part.size) throw damaged(file, `part ${part.name}: size ${statSync(path).size} ≠ ${part.size}`);
    const sha = await sha256File(path);
    if (sha !== part.sha256) throw damaged(file, `part ${part.name}: sha256 ${sha} ≠ ${part.sha256}`);
  }
  return manifest;
}

function damaged(file: string, why: string): Error {
  return new Error(`Bản sao lưu ${file} bị hỏng hoặc không đầy đủ: ${why}. / The backup ${file} is damaged or incomplete: ${why}.`);
}
