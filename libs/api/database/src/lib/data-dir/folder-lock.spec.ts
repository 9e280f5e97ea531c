import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DatabaseFolderError, openLockedPglite } from './data-dir';
import { FolderLockHolder, FolderLockedError, LOCK_FILE_NAME, ProcessProbe, acquireFolderLock, isStaleHolder, parseLockFile } from './folder-lock';

const holder = (over: Partial<FolderLockHolder> = {}): FolderLockHolder => ({
  pid: 4242,
  host: hostname(),
  since: '2026-12-01T08:00:00.000Z',
  command: 'dist/apps/api/main.js',
  token: 't',
  ...over,
});
const probe = (alive: boolean, startedAt: Date | null = null): ProcessProbe => ({ alive: () => alive, startedAt: () => startedAt });

/** The pid of a process that has just exited: certainly not running now. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('isStaleHolder', () => {
  it('a running holder on this host is live', () => {
    expect(isStaleHolder(holder(), probe(true))).toBe(false);
  });
  it('a holder whose process is gone is stale', () => {
    expect(isStaleHolder(holder(), probe(false))).toBe(true);
  });
  it('a running process that started after the lock was written got the pid later (reboot): stale', () => {
    expect(isStaleHolder(holder(), probe(true, new Date('2026-12-02T00:00:00Z')))).toBe(true);
  });
  it('a running process that started before the lock was written is the holder', () => {
    expect(isStaleHolder(holder(), probe(true, new Date('2026-12-01T07:59:59Z')))).toBe(false);
  });
  it("another host's lock cannot be checked and counts as live", () => {
    expect(isStaleHolder(holder({ host: 'another-host' }), probe(false))).toBe(false);
  });
  it('a nonsense pid is stale', () => {
    expect(isStaleHolder(holder({ pid: 0 }), probe(true))).toBe(true);
  });
});

describe('parseLockFile', () => {
  it('reads what acquireFolderLock writes', () => {
    expect(parseLockFile(JSON.stringify(holder()))).toEqual(holder());
  });
  it.each(['', '{', 'null', '{"pid":"1"}', '[]'])('an unreadable lock file (%j) yields null', (text) => {
    expect(parseLockFile(text)).toBeNull();
  });
});

describe('acquireFolderLock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tdkt-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pid, host and start time, and removes the file on release', () => {
    const lock = acquireFolderLock(dir);
    const written = parseLockFile(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Date.parse(written!.since)).toBeGreaterThan(Date.now() - 60_000);
    expect(lock.tookOver).toBeNull();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('is re-entrant within one process and released by the last holder', () => {
    const a = acquireFolderLock(dir);
    const b = acquireFolderLock(dir);
    a.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
    b.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a folder held by a live process, naming it in Vietnamese and English', () => {
    // This Jest worker's parent is alive and is not us: a live holder.
    const live = holder({ pid: process.ppid, since: new Date().toISOString(), command: 'node main.js' });
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(live));
    let error: unknown;
    try {
      acquireFolderLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FolderLockedError);
    const message = (error as Error).message;
    expect(message).toContain(`PID ${process.ppid}`);
    expect(message).toContain(live.since);
    expect(message).toMatch(/đang được một tiến trình khác dùng/);
    expect(message).toMatch(/is in use by another process/);
    // The holder's lock is left alone.
    expect(parseLockFile(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'))).toEqual(live);
  });

  it('takes over a stale lock whose process is gone and says so', () => {
    const stale = holder({ pid: deadPid() });
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(stale));
    const lock = acquireFolderLock(dir);
    expect(lock.tookOver).toEqual(stale);
    expect(parseLockFile(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'))?.pid).toBe(process.pid);
    lock.release();
    // Nothing left behind: neither the lock nor the moved-aside stale copy.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock file that is garbage (half-written before a crash)', () => {
    writeFileSync(join(dir, LOCK_FILE_NAME), '{"pid": 12');
    const crashTime = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE_NAME), crashTime, crashTime);
    const lock = acquireFolderLock(dir);
    expect(lock.tookOver).not.toBeNull();
    lock.release();
  });
});

describe('openLockedPglite', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'tdkt-datadir-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('holds the folder lock while open and releases it on close', async () => {
    const db = await openLockedPglite(join(dataDir, 'pglite'));
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
    await db.exec('CREATE TABLE t (x int)');
    await db.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('a damaged folder: says what happened and names the newest backup to restore, no stack trace', async () => {
    const pglite = join(dataDir, 'pglite');
    const db = await PGlite.create({ dataDir: pglite });
    await db.exec('CREATE TABLE t (x int)');
    await db.close();
    writeFileSync(join(pglite, 'global', 'pg_control'), Buffer.alloc(8192, 7));
    const backups = join(dataDir, 'backups');
    mkdirSync(backups);
    writeFileSync(join(backups, 'tdkt-backup-20261201-020000000-daily.tar'), '');
    writeFileSync(join(backups, 'tdkt-backup-20261202-020000000-daily.tar'), '');
    const error = await openLockedPglite(pglite).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseFolderError);
    const message = (error as Error).message;
    expect(message).toMatch(/Không mở được cơ sở dữ liệu nhúng/);
    expect(message).toMatch(/cannot be opened/);
    expect(message).toContain(`npm run restore -- ${join(backups, 'tdkt-backup-20261202-020000000-daily.tar')}`);
    expect(message).not.toMatch(/\n\s+at /);
    // The lock is not kept after a failed open.
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('a folder whose PG_VERSION is gone is refused, not silently re-created empty', async () => {
    const pglite = join(dataDir, 'pglite');
    const db = await PGlite.create({ dataDir: pglite });
    await db.exec('CREATE TABLE t (x int)');
    await db.close();
    rmSync(join(pglite, 'PG_VERSION'));
    const error = await openLockedPglite(pglite).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseFolderError);
    expect((error as Error).message).toMatch(/No backup found/);
    expect(existsSync(join(pglite, 'PG_VERSION'))).toBe(false);
  });
});
