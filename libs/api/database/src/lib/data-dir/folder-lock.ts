import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file in DATA_DIR that makes the embedded database one process's (§11). */
export const LOCK_FILE_NAME = 'tdkt.lock';

/** What the lock file says about the process that holds the folder. */
export interface FolderLockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO 8601). */
  since: string;
  command: string;
  /** Distinguishes this holder from a later process that happens to get the same pid. */
  token: string;
}

export interface FolderLock {
  readonly file: string;
  readonly holder: FolderLockHolder;
  /** Whether a stale lock (its process gone) was taken over. */
  readonly tookOver: FolderLockHolder | null;
  release(): void;
}

/** Whether a process runs and, where the system says so (Linux /proc), when it started. */
export interface ProcessProbe {
  alive(pid: number): boolean;
  startedAt(pid: number): Date | null;
}

/** Thrown when a live process holds the folder: the message names it, in Vietnamese and in English. */
export class FolderLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: FolderLockHolder,
  ) {
    super(folderLockedMessage(dir, holder));
    this.name = 'FolderLockedError';
  }
}

export function folderLockedMessage(dir: string, holder: FolderLockHolder): string {
  const where = `PID ${holder.pid}, ${holder.host}`;
  return [
    `Thư mục dữ liệu ${dir} đang được một tiến trình khác dùng (${where}, từ ${holder.since}; lệnh: ${holder.command}). ` +
      `Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình: hãy dừng tiến trình đó, hoặc đặt DATA_DIR sang thư mục khác.`,
    `The data folder ${dir} is in use by another process (${where}, since ${holder.since}; command: ${holder.command}). ` +
      `The embedded database allows one process only: stop that process, or point DATA_DIR at another folder.`,
  ].join('\n');
}

export const SYSTEM_PROBE: ProcessProbe = {
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      // EPERM: it exists but belongs to another user.
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  startedAt(pid) {
    try {
      // Field 22 of /proc/<pid>/stat is the start time in clock ticks after boot (USER_HZ, 100 on Linux).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[19]);
      const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
      return Number.isFinite(ticks) && Number.isFinite(btime) ? new Date((btime + ticks / 100) * 1000) : null;
    } catch {
      return null;
    }
  },
};

/**
 * Whether the holder is gone, so its lock can be taken over. Another host's lock (a shared network folder)
 * cannot be checked and counts as live. A running process that started after the lock was written is not the
 * holder but a later process that got the same pid (after a reboot): stale too.
 */
export function isStaleHolder(holder: FolderLockHolder, probe: ProcessProbe, host = hostname()): boolean {
  if (holder.host !== host) return false;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return true;
  if (!probe.alive(holder.pid)) return true;
  const started = probe.startedAt(holder.pid);
  const since = Date.parse(holder.since);
  return started !== null && Number.isFinite(since) && started.getTime() > since + 2_000;
}

/** Parses a lock file's text; an unreadable or half-written one yields null (treated as stale). */
export function parseLockFile(text: string): FolderLockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<FolderLockHolder>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string' || typeof v.since !== 'string') return null;
    return { pid: v.pid, host: v.host, since: v.since, command: String(v.command ?? ''), token: String(v.token ?? '') };
  } catch {
    return null;
  }
}

interface Held {
  lock: FolderLock;
  count: number;
}

// Re-entrant within one process: main.ts takes the lock before Nest starts, the data source opens under it.
const held = new Map<string, Held>();

/**
 * Takes DATA_DIR's lock file (`tdkt.lock`: pid, host, since, command) before the embedded database opens.
 * A live holder -> FolderLockedError; a holder that is gone -> taken over (reported in `tookOver`).
 */
export function acquireFolderLock(dir: string, probe: ProcessProbe = SYSTEM_PROBE): FolderLock {
  const folder = resolve(dir);
  const file = join(folder, LOCK_FILE_NAME);
  const mine = held.get(file);
  if (mine) {
    mine.count += 1;
    return mine.lock;
  }
  mkdirSync(folder, { recursive: true });
  const holder: FolderLockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 300),
    token: randomUUID(),
  };
  let tookOver: FolderLockHolder | null = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    if (createExclusive(file, holder)) {
      const lock = makeLock(file, holder, tookOver);
      held.set(file, { lock, count: 1 });
      return lock;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // removed meanwhile: try again
    }
    const current = parseLockFile(text);
    // A lock file being written by a starting process is unreadable for a moment; one left half-written by a crash stays so.
    if (!current && modifiedWithin(file, 2_000)) {
      sleepSync(500);
      continue;
    }
    if (current && !isStaleHolder(current, probe)) throw new FolderLockedError(folder, current);
    if (takeOver(file, text)) tookOver = current ?? { pid: 0, host: '?', since: '?', command: '?', token: '' };
  }
  const current = parseLockFile(safeRead(file));
  if (current) throw new FolderLockedError(folder, current);
  throw new Error(`Không lấy được khóa thư mục ${file} / Could not take the folder lock ${file}`);
}

function createExclusive(file: string, holder: FolderLockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(holder, null, 2) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves the stale lock aside and checks it is the one that was judged stale: if another starting process
 * replaced it meanwhile, its fresh lock is put back (link fails if yet another one exists) and nothing is taken.
 */
function takeOver(file: string, staleText: string): boolean {
  const aside = `${file}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return false;
  }
  const moved = safeRead(aside);
  if (moved !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // a third process holds the name now; the moved lock's owner will find its file gone when it releases
    }
    unlinkQuietly(aside);
    return false;
  }
  unlinkQuietly(aside);
  return true;
}

function makeLock(file: string, holder: FolderLockHolder, tookOver: FolderLockHolder | null): FolderLock {
  let released = false;
  const releaseNow = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', releaseNow);
    held.delete(file);
    // Only our own lock: a file with another token belongs to a process that took over after us.
    if (parseLockFile(safeRead(file))?.token === holder.token) unlinkQuietly(file);
  };
  process.on('exit', releaseNow);
  return {
    file,
    holder,
    tookOver,
    release() {
      const entry = held.get(file);
      if (entry && --entry.count > 0) return;
      releaseNow();
    },
  };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function modifiedWithin(file: string, ms: number): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < ms;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
