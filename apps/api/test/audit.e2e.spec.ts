import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testEngines } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

const decided = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Triệu Thị Nhật Ký',
  provinceCode: '08',
  awardTypeCode: 'GIAY_KHEN',
  kind: 'REGULAR',
  achievementYear: 2023,
  decisionNumber: '77/QĐ-UBND',
  decisionDate: '2024-03-01',
  decidingAuthority: 'Chủ tịch UBND huyện Na Hang',
  status: 'APPROVED',
};

describe.each(testEngines())('audit trail on %s', (engine) => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const created = (await t.as('staff08').post('/api/v1/commendations').send(decided).expect(201)).body;
    id = created.id;
    await t.as('staff08').patch(`/api/v1/commendations/${id}`).send({ version: created.version, position: 'Bí thư Chi đoàn' }).expect(200);
  });
  afterAll(() => t?.close());

  it('records each change with actor, address, before and after', async () => {
    const res = await t.as('staff08').get('/api/v1/audit').query({ entity: 'commendation', entityId: id }).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'CREATE']);
    const [update] = res.body.items;
    expect(update).toMatchObject({
      actorUsername: 'staff08',
      address: expect.stringMatching(/127\.0\.0\.1|::1/),
      entity: 'commendation',
      entityId: id,
      year: 2024,
    });
    expect(update.before).toMatchObject({ position: null, version: 1 });
    expect(update.after).toMatchObject({ position: 'Bí thư Chi đoàn', version: 2 });
  });

  it('is scoped like the records: other provinces and clusters see none of it', async () => {
    for (const user of ['staff01', 'chairDBSH'] as const) {
      const res = await t.as(user).get('/api/v1/audit').query({ entity: 'commendation', entityId: id }).expect(200);
      expect(res.body).toMatchObject({ items: [], total: 0 });
    }
    const chairView = (await t.as('chairTDMNPB').get('/api/v1/audit').query({ entityId: id }).expect(200)).body;
    expect(chairView.items.map((e: { action: string; year: number }) => `${e.action}:${e.year}`)).toEqual(['UPDATE:2024', 'CREATE:2024']);
    expect((await t.as('reviewer').get('/api/v1/audit').query({ entityId: id }).expect(200)).body.total).toBe(2);
    await t.as('reviewer').get('/api/v1/audit/verify').expect(403);
  });

  it('refuses updates and deletes of entries in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_entries SET action = 'X' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_entries WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('GET /audit/verify finds the chain intact, then names the first entry tampered with behind the trigger', async () => {
    const intact = (await t.as('admin').get('/api/v1/audit/verify').expect(200)).body;
    expect(intact).toMatchObject({ ok: true, firstBroken: null });
    expect(intact.checked).toBeGreaterThan(10);

    const [{ seq }] = await t.dataSource.query(`SELECT seq FROM audit_entries WHERE entity_id = $1 AND action = 'UPDATE'`, [id]);
    // Someone with direct database access rewrites history: the trigger is off, the row is changed.
    await t.dataSource.query(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`);
    await t.dataSource.query(`UPDATE audit_entries SET after = jsonb_set(after, '{position}', '"Chủ tịch"') WHERE seq = $1`, [seq]);
    await t.dataSource.query(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`);

    const broken = (await t.as('admin').get('/api/v1/audit/verify').expect(200)).body;
    expect(broken).toMatchObject({ ok: false, firstBroken: { seq: Number(seq), reason: `entry ${seq} was changed after it was written` } });

    // The command-line check says the same (it needs a server database: the embedded one is in this process).
    if (t.db.settings.url) {
      const failure = await run(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/audit/verify.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: t.db.settings.url,
          TS_NODE_PROJECT: 'tools/tsconfig.tools.json',
          TS_NODE_TRANSPILE_ONLY: 'true',
          NODE_OPTIONS: '',
        },
      }).catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining(`BROKEN at entry ${seq}`) });
    }
  });
});
