import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand, restoreBackup } from '@tdkt/api/backups';
import { LOCK_FILE_NAME } from '@tdkt/api/database';
import { testEngines } from '@tdkt/api/database/testing';
import { Client } from 'pg';
import { TestApp, createTestApp, tableCounts } from './test-app';

const decided = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Hoàng Văn Sao Lưu',
  provinceCode: '08',
  awardTypeCode: 'GIAY_KHEN',
  kind: 'REGULAR',
  achievementYear: 2024,
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2025-01-10',
  decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
  status: 'APPROVED',
};

/** Records, audit entries and a document on disk: what a backup must carry. */
async function fillWithRecords(t: TestApp, dataDir: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const created = (await t.as('staff08').post('/api/v1/commendations').send({ ...decided, recipientName: `${decided.recipientName} ${i}` }).expect(201)).body;
    await t.as('staff08').patch(`/api/v1/commendations/${created.id}`).send({ version: created.version, position: 'Trưởng thôn' }).expect(200);
  }
  await t.as('admin').post('/api/v1/clusters').send({ code: `SL${Date.now() % 100000}`, name: 'Cụm kiểm thử sao lưu' }).expect(201);
  mkdirSync(join(dataDir, 'files', 'ab'), { recursive: true });
  writeFileSync(join(dataDir, 'files', 'ab', 'to-trinh.pdf'), '%PDF-1.4 tờ trình khen thưởng');
}

describe.each(testEngines())('backup → wipe → restore on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let restoreDir: string;
  const restoredDatabases: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `tdkt-backup-${engine}-`));
    restoreDir = mkdtempSync(join(tmpdir(), `tdkt-restore-${engine}-`));
    t = await createTestApp(engine, { dataDir });
    await fillWithRecords(t, dataDir);
  });
  afterAll(async () => {
    await t?.close();
    if (restoredDatabases.length) {
      const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
      await admin.connect();
      for (const name of restoredDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (restoreDir) rmSync(restoreDir, { recursive: true, force: true });
  });

  /** A new empty database on the shared server, dropped afterwards. */
  async function freshDatabase(): Promise<string> {
    const name = `tdkt_restore_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    restoredDatabases.push(name);
    const url = new URL(process.env['TEST_DATABASE_URL'] as string);
    url.pathname = `/${name}`;
    return url.toString();
  }

  it('an online backup holds the same counts and documents; the restored copy has them and a valid audit chain', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t.as('admin').post('/api/v1/backups').expect(201);
    const file = join(dataDir, 'backups', res.body.fileName);
    expect(existsSync(file)).toBe(true);

    const targetDir = join(restoreDir, 'online');
    const databaseUrl = engine === 'postgres' ? await freshDatabase() : undefined;
    const report = await restoreBackup({ file, dataDir: targetDir, databaseUrl });
    expect(report.engine).toBe(engine);
    expect(report.audit.ok).toBe(true);
    // The backup's own audit entry is written after the snapshot, so the copy holds the state just before it.
    for (const [table, n] of Object.entries(before)) expect([table, report.counts[table]]).toEqual([table, n]);
    expect(report.counts['commendations']).toBeGreaterThanOrEqual(3);
    expect(report.audit.checked).toBe(before['audit_entries']);
    expect(readFileSync(join(targetDir, 'files', 'ab', 'to-trinh.pdf'), 'utf8')).toBe('%PDF-1.4 tờ trình khen thưởng');
  });

  it('restore refuses a target that is not empty and changes nothing', async () => {
    const file = join(dataDir, 'backups', (await t.as('admin').get('/api/v1/backups').expect(200)).body[0].fileName);
    if (engine === 'postgres') {
      // The test's own database is migrated and full.
      const url = (t.dataSource.options as { url: string }).url;
      const before = await tableCounts(t.dataSource);
      await expect(restoreBackup({ file, dataDir: join(restoreDir, 'unused'), databaseUrl: url })).rejects.toThrow(/not empty.*createdb/s);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    } else {
      const target = join(restoreDir, 'online');
      const marker = readdirSync(join(target, 'pglite')).length;
      await expect(restoreBackup({ file, dataDir: target })).rejects.toThrow(/không trống.*is not empty/s);
      expect(readdirSync(join(target, 'pglite')).length).toBe(marker);
    }
  });

  it('a damaged backup file is refused before anything is written', async () => {
    const original = join(dataDir, 'backups', (await t.as('admin').get('/api/v1/backups').expect(200)).body[0].fileName);
    const copy = join(restoreDir, 'damaged.tar');
    copyFileSync(original, copy);
    const bytes = readFileSync(copy);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(copy, bytes);
    const target = join(restoreDir, 'damaged-target');
    const databaseUrl = engine === 'postgres' ? await freshDatabase() : undefined;
    await expect(restoreBackup({ file: copy, dataDir: target, databaseUrl })).rejects.toThrow(/damaged or incomplete/);
    expect(existsSync(join(target, 'pglite'))).toBe(false);
  });

  if (engine === 'pglite') {
    it('npm run backup from a stopped folder, wipe, restore: same counts, valid chain; refused while a server holds the folder', async () => {
      // The folder restored above is a stopped embedded DATA_DIR with records and documents.
      const folder = join(restoreDir, 'online');
      // A live server holds the folder (the lock names a running process other than this one): refused.
      const lockFile = join(folder, LOCK_FILE_NAME);
      const holder = { pid: process.ppid, host: hostname(), since: new Date().toISOString(), command: 'dist/apps/api/main.js', token: 'x' };
      writeFileSync(lockFile, JSON.stringify(holder));
      await expect(backupCommand({ dataDir: folder })).rejects.toThrow(new RegExp(`PID ${process.ppid}.*POST /api/v1/backups`, 's'));
      rmSync(lockFile);

      const out = join(restoreDir, 'offline.tar');
      const written = await backupCommand({ dataDir: folder, out });
      expect(written.manifest).toMatchObject({ format: 'tdkt-backup', formatVersion: 1, engine: 'pglite', kind: 'manual' });
      expect(written.manifest.documents).toMatchObject({ files: 1 });
      expect(written.manifest.parts.map((p) => p.name)).toEqual(['database.tar.gz', 'files.tar.gz']);
      expect(readFileSync(`${out}.sha256`, 'utf8')).toContain(written.sha256);

      // Wipe the folder, then restore into it.
      rmSync(join(folder, 'pglite'), { recursive: true });
      rmSync(join(folder, 'files'), { recursive: true });
      const report = await restoreBackup({ file: out, dataDir: folder });
      expect(report.counts).toEqual(written.manifest.counts);
      expect(report.audit).toMatchObject({ ok: true, checked: written.manifest.counts['audit_entries'] });
      expect(existsSync(join(folder, 'files', 'ab', 'to-trinh.pdf'))).toBe(true);
    });
  }
});
