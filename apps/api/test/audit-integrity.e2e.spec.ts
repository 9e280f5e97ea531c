import { AUDIT_CHAIN_LOCK, AuditService } from '@tdkt/api/access';
import { AppSettings } from '@tdkt/api/core';
import { applyAppRoleGrants, createDataSource } from '@tdkt/api/database';
import { createTestDatabase, testEngines } from '@tdkt/api/database/testing';
import { FindingsRunnerService } from '@tdkt/api/findings';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { TEST_PASSWORD, TEST_SETTINGS, TestApp, createTestApp } from './test-app';

const AUDIT_KEY = 'khoa-nhat-ky-kiem-thu-du-32-ky-tu-tro-len';
/** Whether this backend holds the audit chain's writer lock. */
const CHAIN_LOCK_HELD = `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND pid = pg_backend_pid() AND granted`;

const draft = (recipientName: string) => ({
  recipientKind: 'INDIVIDUAL',
  recipientName,
  provinceCode: '08',
  awardTypeCode: 'GIAY_KHEN',
  kind: 'REGULAR',
  achievementYear: 2024,
});

/** Runs statements as the database owner with the audit triggers' maintenance switch on (what an attacker with the owner's password could do). */
async function asOwnerInMaintenance(ds: DataSource, ...statements: string[]): Promise<void> {
  await ds.transaction(async (m) => {
    await m.query(`SELECT set_config('tdkt.audit_maintenance', 'on', true)`);
    for (const sql of statements) await m.query(sql);
  });
}

const verify = async (t: TestApp) => (await t.as('admin').get('/api/v1/audit/verify').expect(200)).body;

describe.each(testEngines())('audit trail integrity on %s', (engine) => {
  describe('without AUDIT_KEY (plain SHA-256), with a checkpoint file', () => {
    let t: TestApp;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tdkt-audit-'));
      t = await createTestApp(engine, { auditCheckpointFile: join(dir, 'checkpoint.json') });
      await t.as('staff08').post('/api/v1/commendations').send(draft('Lò Văn Kiểm')).expect(201);
    });
    afterAll(async () => {
      await t?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('GET /audit/verify → ok, the head matches the checkpoint table, and the head is copied to the checkpoint file', async () => {
      const report = await verify(t);
      expect(report).toMatchObject({ ok: true, firstBroken: null, keyed: false });
      const [{ seq }] = await t.dataSource.query(`SELECT max(seq)::int AS seq FROM audit_entries`);
      expect(report.head.seq).toBe(seq);
      expect(report.checkpoints.table).toBe(seq);
      const file = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8'));
      expect(file).toMatchObject({ seq, hash: report.head.hash });
      expect(file.signature).toBeUndefined();
    });

    it('every entry records its hash scheme', async () => {
      const rows = await t.dataSource.query(`SELECT DISTINCT hash_scheme FROM audit_entries`);
      expect(rows).toEqual([{ hash_scheme: 'sha256' }]);
    });

    it('TRUNCATE is refused, even for the owner, without the maintenance switch; so is moving the checkpoint back', async () => {
      await expect(t.dataSource.query(`TRUNCATE audit_entries`)).rejects.toThrow(/cannot be truncated/);
      await expect(t.dataSource.query(`TRUNCATE audit_checkpoints`)).rejects.toThrow(/cannot be truncated/);
      await expect(t.dataSource.query(`UPDATE audit_checkpoints SET seq = 1`)).rejects.toThrow(/only moves forward/);
      await expect(t.dataSource.query(`DELETE FROM audit_checkpoints`)).rejects.toThrow(/only moves forward/);
    });

    it('a shortened chain is noticed: the last entries removed behind the trigger → ok false, naming the missing entries', async () => {
      const [{ seq }] = await t.dataSource.query(`SELECT max(seq)::int AS seq FROM audit_entries`);
      await asOwnerInMaintenance(
        t.dataSource,
        `ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`,
        `DELETE FROM audit_entries WHERE seq > ${seq - 2}`,
        `ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`,
      );
      const report = await verify(t);
      expect(report).toMatchObject({ ok: false, firstBroken: { seq: seq - 1 } });
      expect(report.firstBroken.reason).toMatch(new RegExp(`entries ${seq - 1}–${seq} are missing`));
    });

    it('an emptied chain is noticed, even with the checkpoint table rewound: the checkpoint file still holds the head', async () => {
      await asOwnerInMaintenance(t.dataSource, `TRUNCATE audit_entries`, `TRUNCATE audit_checkpoints`);
      const report = await verify(t);
      expect(report.ok).toBe(false);
      expect(report.firstBroken.reason).toMatch(/checkpoint file .* records \d+ entries, the table ends at 0/);
      // Without any checkpoint left, an empty trail is still not "ok".
      rmSync(join(dir, 'checkpoint.json'));
      expect(await verify(t)).toMatchObject({ ok: false, firstBroken: { seq: 1, reason: 'the audit trail is empty' } });
    });
  });

  describe('with AUDIT_KEY (HMAC-SHA256)', () => {
    let t: TestApp;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tdkt-audit-'));
      t = await createTestApp(engine, { auditKey: AUDIT_KEY, auditCheckpointFile: join(dir, 'checkpoint.json') });
      await t.as('staff08').post('/api/v1/commendations').send(draft('Vàng A Khóa')).expect(201);
    });
    afterAll(async () => {
      await t?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('entries are keyed, the chain verifies with the key, and the checkpoint file is signed', async () => {
      const rows = await t.dataSource.query(`SELECT DISTINCT hash_scheme FROM audit_entries`);
      expect(rows).toEqual([{ hash_scheme: 'hmac-sha256' }]);
      expect(await verify(t)).toMatchObject({ ok: true, keyed: true });
      expect(JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')).signature).toMatch(/^[0-9a-f]{64}$/);
    });

    it('verification with the wrong key, or without one, fails', async () => {
      const wrong = await new AuditService(t.dataSource, { key: 'mot-khoa-khac-hoan-toan-dai-hon-32-ky-tu' }).verify();
      expect(wrong).toMatchObject({ ok: false, firstBroken: { seq: 1 } });
      expect(wrong.firstBroken?.reason).toContain('AUDIT_KEY');
      const none = await new AuditService(t.dataSource).verify();
      expect(none).toMatchObject({
        ok: false,
        firstBroken: { seq: 1, reason: 'entry 1 is keyed (HMAC-SHA256): set AUDIT_KEY to verify it' },
      });
    });

    it('a tail rewritten without the key (plain hashes after keyed ones) is noticed', async () => {
      const [last] = await t.dataSource.query(`SELECT * FROM audit_entries ORDER BY seq DESC LIMIT 1`);
      // A writer without the key appends a plain entry that links correctly.
      await t.dataSource.transaction((m) =>
        new AuditService(t.dataSource, {}).record(m, null, { entity: 'user', entityId: null, action: 'FORGED' }),
      );
      const report = await new AuditService(t.dataSource, { key: AUDIT_KEY }).verify();
      expect(report).toMatchObject({ ok: false, firstBroken: { seq: Number(last.seq) + 1 } });
      expect(report.firstBroken?.reason).toContain('is not keyed');
    });

    it('a forged checkpoint file (no valid signature) is noticed', async () => {
      writeFileSync(join(dir, 'checkpoint.json'), JSON.stringify({ seq: 1, hash: 'x', signature: 'f'.repeat(64) }));
      const report = await new AuditService(t.dataSource, { key: AUDIT_KEY, checkpointFile: join(dir, 'checkpoint.json') }).verify();
      expect(report.ok).toBe(false);
    });
  });

  describe('eligibility rules and the audit lock', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp(engine)));
    afterAll(() => t?.close());

    it('POST and PATCH /commendations and the workflow run the rules before the audit chain lock is taken', async () => {
      const runner = t.app.get(FindingsRunnerService);
      const held: boolean[] = [];
      const original = runner.runForCommendations.bind(runner);
      const spy = jest.spyOn(runner, 'runForCommendations').mockImplementation(async (m: EntityManager, ids, today, options) => {
        const [{ n }] = await m.query(CHAIN_LOCK_HELD, [AUDIT_CHAIN_LOCK]);
        held.push(n > 0);
        return original(m, ids, today, options);
      });
      try {
        const created = (await t.as('staff08').post('/api/v1/commendations').send(draft('Hà Thị Khóa Bảng')).expect(201)).body;
        const patched = (
          await t
            .as('staff08')
            .patch(`/api/v1/commendations/${created.id}`)
            .send({ version: created.version, position: 'Trưởng thôn' })
            .expect(200)
        ).body;
        await t.as('staff08').post(`/api/v1/commendations/${patched.id}/submit`).send({ version: patched.version });
      } finally {
        spy.mockRestore();
      }
      expect(held.length).toBeGreaterThanOrEqual(2);
      expect(held.every((h) => !h)).toBe(true);
      // A control: the same query does see the lock once an audit entry is written in the transaction.
      await t.dataSource.transaction(async (m) => {
        await t.app.get(AuditService).record(m, null, { entity: 'user', entityId: null, action: 'LOCK_PROBE' });
        const [{ n }] = await m.query(CHAIN_LOCK_HELD, [AUDIT_CHAIN_LOCK]);
        expect(n).toBe(1);
      });
    });

    it('tdkt_fold in SQL folds names exactly as foldVietnamese does', async () => {
      const names = [
        'Nguyễn Văn Đức',
        '  ĐỖ   thị  Ánh ',
        'Hoàng Thị Ngọc Ước',
        'Lường Văn Ơn',
        'Nguyen Van Duc',
        'Phạm Thị Tuyết Hằng',
        'Ksor H’Ben',
        'Hồ\tXuân Hương',
      ];
      const rows: Array<{ f: string }> = await t.dataSource.query(
        `SELECT tdkt_fold(n) AS f FROM unnest($1::text[]) WITH ORDINALITY AS x(n, i) ORDER BY i`,
        [names.map((n) => n.normalize('NFC')).concat(names.map((n) => n.normalize('NFD')))],
      );
      const expected = [...names, ...names].map((n) => foldVietnamese(n));
      expect(rows.map((r) => r.f)).toEqual(expected);
    });

    it('the namesake look-up matches the exact folded name only (a one-letter name reads no one else), through its index', async () => {
      for (const name of ['Nguyễn Văn Nam', 'NGUYỄN văn nam', 'Nông Văn Nam', 'N']) {
        await t.as('staff08').post('/api/v1/commendations').send(draft(name)).expect(201);
      }
      const runner = t.app.get(FindingsRunnerService);
      const ref = await runner.reference(t.dataSource.manager);
      const [single] = await t.dataSource.query(`SELECT * FROM commendations WHERE recipient_name = 'N'`);
      const [nguyen] = await t.dataSource.query(`SELECT * FROM commendations WHERE recipient_name = 'Nguyễn Văn Nam'`);
      const subject = (row: Record<string, unknown>) =>
        ({ id: row['id'], recipientName: row['recipient_name'], provinceId: row['province_id'] }) as never;
      const [forN] = await runner.histories(t.dataSource.manager, [subject(single)], ref);
      expect(forN.candidates.map((c) => c.recipientName)).toEqual(['N']);
      const [forNguyen] = await runner.histories(t.dataSource.manager, [subject(nguyen)], ref);
      expect(forNguyen.candidates.map((c) => c.recipientName).sort()).toEqual(['NGUYỄN văn nam', 'Nguyễn Văn Nam']);
      // The planner can answer it from the expression index (sequential scans off so the small table does not hide it).
      const plan = await t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL enable_seqscan = off`);
        return m.query(`EXPLAIN SELECT id FROM commendations c WHERE tdkt_fold(c.recipient_name) = 'n' LIMIT 500`);
      });
      expect(JSON.stringify(plan)).toContain('commendations_recipient_folded_idx');
    });
  });

  if (engine === 'postgres') {
    describe('the app connects with its own role; migrations and grants run as the owner (DATABASE_OWNER_URL)', () => {
      const role = `tdkt_app_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
      const password = 'mat-khau-vai-tro-ung-dung';
      let ownerUrl: string;
      let appUrl: string;
      let drop: () => Promise<void>;
      let app: NestExpressApplication;
      let appDb: Client;

      beforeAll(async () => {
        const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
        await admin.connect();
        await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
        await admin.end();
        const db = await createTestDatabase('postgres');
        drop = db.drop;
        ownerUrl = db.settings.url as string;
        const url = new URL(ownerUrl);
        url.username = role;
        url.password = password;
        appUrl = url.toString();
        const settings: AppSettings = { ...TEST_SETTINGS };
        const moduleRef = await Test.createTestingModule({
          imports: [AppModule.register(settings, { url: appUrl, ownerUrl, poolSize: 3 })],
        }).compile();
        app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
        configureApp(app, settings);
        await app.init();
        appDb = new Client({ connectionString: appUrl });
        await appDb.connect();
      });
      afterAll(async () => {
        await appDb?.end();
        await app?.close();
        await drop?.();
        const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
        await admin.connect();
        await admin.query(`DROP ROLE IF EXISTS ${role}`);
        await admin.end();
      });

      it('the app works as that role: sign-in, a new record, its audit entry, and /audit/verify ok', async () => {
        const server = app.getHttpServer();
        const login = await request(server).post('/api/v1/auth/login').send({ username: 'admin', password: TEST_PASSWORD }).expect(200);
        const auth = `Bearer ${login.body.accessToken}`;
        await request(server)
          .post('/api/v1/users')
          .set('Authorization', auth)
          .send({ username: 'vai.tro.ung.dung', password: 'mat-khau-moi-du-dai', fullName: 'Lục Văn Quyền', roles: ['COUNCIL_REVIEWER'] })
          .expect(201);
        const [{ n }] = (await appDb.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity = 'user' AND action = 'CREATE'`))
          .rows;
        expect(n).toBeGreaterThan(0);
        const verified = await request(server).get('/api/v1/audit/verify').set('Authorization', auth).expect(200);
        expect(verified.body).toMatchObject({ ok: true });
        const [{ current_user }] = (await appDb.query(`SELECT current_user`)).rows;
        expect(current_user).toBe(role);
      });

      it.each([
        ['TRUNCATE', `TRUNCATE audit_entries`],
        ['UPDATE', `UPDATE audit_entries SET action = 'X' WHERE seq = 1`],
        ['DELETE', `DELETE FROM audit_entries WHERE seq = 1`],
        ['ALTER (disable the trigger)', `ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`],
        ['DROP TRIGGER', `DROP TRIGGER audit_entries_append_only ON audit_entries`],
        ['UPDATE the checkpoint', `UPDATE audit_checkpoints SET seq = 0`],
        ['DROP TABLE', `DROP TABLE audit_entries`],
        ['CREATE TABLE', `CREATE TABLE audit_copy (x int)`],
      ])('the app role cannot %s the audit trail', async (_what, sql) => {
        await expect(appDb.query(sql)).rejects.toThrow(/permission denied|must be owner/);
      });

      it('it may read and append: SELECT works, and INSERTs go through the app (the chain stays intact)', async () => {
        const { rows } = await appDb.query(`SELECT count(*)::int AS n FROM audit_entries`);
        expect(rows[0].n).toBeGreaterThan(0);
        const owner = createDataSource({ url: ownerUrl, poolSize: 1 });
        await owner.initialize();
        try {
          // Idempotent: running the grants again changes nothing.
          await applyAppRoleGrants(owner, role);
          expect(await new AuditService(owner).verify()).toMatchObject({ ok: true });
        } finally {
          await owner.destroy();
        }
      });
    });
  }
});
