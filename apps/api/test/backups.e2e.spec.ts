import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupsService, DAY_MS } from '@tdkt/api/backups';
import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, TestUser, createTestApp, tableCounts } from './test-app';

const OTHERS: TestUser[] = ['reviewer', 'staff08', 'staff01', 'chairTDMNPB', 'noScope'];

describe.each(testEngines())('backups API on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let backups: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `tdkt-backups-api-${engine}-`));
    backups = join(dataDir, 'backups');
    t = await createTestApp(engine, { dataDir, backupKeep: 7 });
  });
  afterAll(async () => {
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('POST /api/v1/backups as admin → 201 with file name, size and sha256 of the file written', async () => {
    const res = await t.as('admin').post('/api/v1/backups').expect(201);
    expect(res.body).toMatchObject({ fileName: expect.stringMatching(/^tdkt-backup-\d{8}-\d{9}-manual\.tar$/), kind: 'manual' });
    const file = join(backups, res.body.fileName);
    const bytes = readFileSync(file);
    expect(res.body.size).toBe(bytes.length);
    expect(res.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('the backup is in the audit trail with its file name and hash', async () => {
    const listed = (await t.as('admin').get('/api/v1/backups').expect(200)).body;
    const res = await t.as('admin').get('/api/v1/audit').query({ entity: 'backup' }).expect(200);
    expect(res.body.items[0]).toMatchObject({
      actorUsername: 'admin',
      action: 'CREATE',
      entityId: listed[0].fileName,
      after: expect.objectContaining({ sha256: listed[0].sha256, size: listed[0].size }),
    });
  });

  it('GET /api/v1/backups as admin → 200, newest first', async () => {
    await t.as('admin').post('/api/v1/backups').expect(201);
    const res = await t.as('admin').get('/api/v1/backups').expect(200);
    expect(res.body.length).toBe(2);
    expect(res.body[0].createdAt >= res.body[1].createdAt).toBe(true);
    expect(res.body[0]).toEqual({
      fileName: expect.any(String),
      kind: 'manual',
      createdAt: expect.any(String),
      size: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it.each(OTHERS)('POST /api/v1/backups as %s → 403, nothing written', async (user) => {
    const before = readdirSync(backups).length;
    const counts = await tableCounts(t.dataSource);
    const res = await t.as(user).post('/api/v1/backups').expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    expect(readdirSync(backups).length).toBe(before);
    expect(await tableCounts(t.dataSource)).toEqual(counts);
  });

  it.each(OTHERS)('GET /api/v1/backups as %s → 403', async (user) => {
    await t.as(user).get('/api/v1/backups').expect(403);
  });

  it('POST and GET /api/v1/backups without a token → 401', async () => {
    await t.http().post('/api/v1/backups').expect(401);
    await t.http().get('/api/v1/backups').expect(401);
  });

  it('the daily backup runs when the newest is a day old and keeps the last 7 daily ones, never touching manual ones', async () => {
    const service = t.app.get(BackupsService);
    const manual = readdirSync(backups).filter((f) => f.endsWith('-manual.tar'));
    const start = Date.parse('2030-01-01T02:00:00.000Z');
    const made: string[] = [];
    for (let day = 0; day < 9; day++) {
      const at = new Date(start + day * DAY_MS);
      const view = await service.runDailyIfDue(at);
      expect(view?.kind).toBe('daily');
      made.push(view!.fileName);
      // Later the same day: not due again.
      expect(await service.runDailyIfDue(new Date(at.getTime() + 6 * 60 * 60 * 1000))).toBeNull();
    }
    const daily = readdirSync(backups)
      .filter((f) => f.endsWith('-daily.tar'))
      .sort();
    expect(daily).toEqual(made.slice(2));
    expect(daily.every((f) => existsSync(join(backups, `${f}.sha256`)))).toBe(true);
    expect(existsSync(join(backups, `${made[0]}.sha256`))).toBe(false);
    expect(readdirSync(backups).filter((f) => f.endsWith('-manual.tar'))).toEqual(manual);
  });
});
