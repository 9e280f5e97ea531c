import { BACKUP_FORMAT, BackupManifest, DAY_MS, backupFileName, backupsToRotate, checkManifest, countDifferences, isDailyBackupDue, parseBackupFileName } from './backup-manifest';

const at = (iso: string) => new Date(iso);

describe('backup file names', () => {
  it('name the time to the millisecond and the kind, and read back', () => {
    const name = backupFileName(at('2026-12-08T02:03:04.005Z'), 'daily');
    expect(name).toBe('tdkt-backup-20261208-020304005-daily.tar');
    expect(parseBackupFileName(name)).toEqual({ at: at('2026-12-08T02:03:04.005Z'), kind: 'daily' });
  });
  it('sort in time order', () => {
    const names = ['2026-12-08T10:00:00Z', '2026-01-09T00:00:00Z', '2026-12-08T09:59:59.999Z'].map((s) => backupFileName(at(s), 'manual'));
    expect([...names].sort()).toEqual([names[1], names[2], names[0]]);
  });
  it.each(['tdkt-backup-20261208-020304005-weekly.tar', 'tdkt-backup-20261208-020304005-daily.tar.sha256', 'notes.txt', 'tdkt-backup-20261399-020304005-daily.tar'])(
    'ignore other files (%s)',
    (name) => expect(parseBackupFileName(name)).toBeNull(),
  );
});

describe('backupsToRotate', () => {
  const daily = Array.from({ length: 9 }, (_, i) => backupFileName(new Date(Date.UTC(2026, 0, 1 + i, 2)), 'daily'));
  const manual = [backupFileName(at('2025-06-01T00:00:00Z'), 'manual')];
  it('deletes the oldest daily backups beyond the last 7', () => {
    expect(backupsToRotate([...daily].reverse().concat(manual), 'daily', 7)).toEqual(daily.slice(0, 2));
  });
  it('never deletes the other kind', () => {
    expect(backupsToRotate([...daily, ...manual], 'manual', 7)).toEqual([]);
  });
  it('keeps at least one whatever the setting', () => {
    expect(backupsToRotate(daily, 'daily', 0)).toEqual(daily.slice(0, 8));
  });
  it('deletes nothing when there are 7 or fewer', () => {
    expect(backupsToRotate(daily.slice(0, 7), 'daily', 7)).toEqual([]);
  });
});

describe('isDailyBackupDue', () => {
  const last = backupFileName(at('2026-12-07T02:00:00Z'), 'daily');
  it('is due when there is none (manual ones do not count)', () => {
    expect(isDailyBackupDue([backupFileName(at('2026-12-08T01:00:00Z'), 'manual')], at('2026-12-08T02:00:00Z'))).toBe(true);
  });
  it('is due a day after the newest daily one, not before', () => {
    expect(isDailyBackupDue([last], new Date(at('2026-12-07T02:00:00Z').getTime() + DAY_MS - 1))).toBe(false);
    expect(isDailyBackupDue([last], new Date(at('2026-12-07T02:00:00Z').getTime() + DAY_MS))).toBe(true);
  });
});

describe('countDifferences', () => {
  it('lists changed, missing and extra tables', () => {
    expect(countDifferences({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 0 })).toEqual([
      { table: 'b', expected: 2, actual: 5 },
      { table: 'c', expected: 3, actual: null },
      { table: 'd', expected: null, actual: 0 },
    ]);
  });
  it('is empty for equal counts', () => {
    expect(countDifferences({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('checkManifest', () => {
  const good: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    engine: 'pglite',
    kind: 'manual',
    createdAt: '2026-12-08T00:00:00.000Z',
    appVersion: '0.0.0',
    database: { part: 'database.tar.gz', serverVersion: '18.0', lastMigration: null },
    counts: { users: 1 },
    documents: null,
    parts: [{ name: 'database.tar.gz', size: 10, sha256: 'ab' }],
  };
  it('accepts a manifest this app wrote', () => {
    expect(checkManifest(good)).toBe(good);
  });
  it.each([
    ['not an object', null],
    ['another format', { ...good, format: 'zip' }],
    ['a newer format version', { ...good, formatVersion: 2 }],
    ['an unknown engine', { ...good, engine: 'mysql' }],
    ['no counts', { ...good, counts: undefined }],
    ['parts without the database', { ...good, parts: [] }],
    ['a part name with a path', { ...good, parts: [...good.parts, { name: '../etc/passwd', size: 1, sha256: 'x' }] }],
  ])('refuses %s, in both languages', (_why, value) => {
    expect(() => checkManifest(value)).toThrow(/không phải bản sao lưu hợp lệ.*Not a valid backup file/s);
  });
});
