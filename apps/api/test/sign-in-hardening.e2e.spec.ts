import { testEngines } from '@tdkt/api/database/testing';
import { UserEntity } from '@tdkt/api/database';
import { TestApp, createTestApp } from './test-app';

describe.each(testEngines())('sign-in hardening on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp(engine)));
  afterAll(() => t?.close());

  const PASSWORD = 'mat-khau-rieng-du-dai';
  const login = (username: string, password: string) => t.http().post('/api/v1/auth/login').send({ username, password });
  const account = async (username: string) => {
    await t
      .as('admin')
      .post('/api/v1/users')
      .send({ username, password: PASSWORD, fullName: 'Hoàng Văn Thụ', roles: ['PROVINCE_STAFF'], provinceCode: '08' })
      .expect(201);
    return t.dataSource.getRepository(UserEntity).findOneByOrFail({ username });
  };
  const lastEntries = (n: number) =>
    t.dataSource.query(`SELECT action, entity, entity_id, actor_username, address, after FROM audit_entries ORDER BY seq DESC LIMIT $1`, [
      n,
    ]);

  it('POST /auth/login: 20 parallel wrong passwords all count, then the right password is refused (401) — the account is locked', async () => {
    const user = await account('doan.song.song');
    const results = await Promise.all(Array.from({ length: 20 }, () => login('doan.song.song', 'doan-thu-sai-sai').then((r) => r.status)));
    expect(results).toEqual(Array(20).fill(401));
    const after = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(after.failedLogins).toBe(20);
    expect(after.lockedUntil && after.lockedUntil > new Date()).toBe(true);
    const right = await login('doan.song.song', PASSWORD).expect(401);
    expect(right.body.code).toBe('INVALID_CREDENTIALS');
    const [{ n: lockouts }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'LOCKED_OUT'`,
      [user.id],
    );
    expect(lockouts).toBe(4);
    const [refused] = await lastEntries(1);
    expect(refused).toMatchObject({ action: 'LOGIN_REFUSED_LOCKED', entity_id: user.id });
    // The admin's users page shows the lock, which is how the owner learns of it.
    const list = await t.as('admin').get('/api/v1/users').expect(200);
    expect(list.body.find((u: { username: string }) => u.username === 'doan.song.song').lockedUntil).toEqual(expect.any(String));
  });

  it('a wrong password, an unknown account and a locked account get the same status and the same body', async () => {
    await account('ba.tra.loi');
    const wrong = await login('ba.tra.loi', 'khong-dung-dau-nhe');
    const unknown = await login('chua-tung-co', 'khong-dung-dau-nhe');
    for (let i = 0; i < 4; i++) await login('ba.tra.loi', 'khong-dung-dau-nhe').expect(401);
    const locked = await login('ba.tra.loi', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(locked.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(locked.body).toEqual(wrong.body);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: expect.stringContaining('tạm khóa') });
  });

  it('a failed sign-in of an unknown name is audited with the address but without the typed name', async () => {
    await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '203.0.113.31')
      .send({ username: 'Hoa-Sen-2024!-mat-khau-go-nham', password: 'x' })
      .expect(401);
    const [entry] = await lastEntries(1);
    expect(entry).toMatchObject({ action: 'LOGIN_FAILED', entity_id: null, actor_username: null, address: '203.0.113.31' });
    expect(JSON.stringify(entry).toLowerCase()).not.toContain('hoa-sen');
    expect(entry.after).toEqual({ address: '203.0.113.31', reason: 'unknown account' });
  });

  it('POST /auth/refresh with a retired token → 401 and the whole session ends: its newer refresh and access tokens too', async () => {
    await account('trom.token');
    const first = (await login('trom.token', PASSWORD).expect(200)).body;
    const second = (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${second.accessToken}`).expect(200);
    // The thief (or the victim) replays the rotated token.
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
    await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${first.accessToken}`).expect(401);
    const [entry] = await lastEntries(1);
    expect(entry).toMatchObject({ action: 'REFRESH_REUSED', entity: 'session', actor_username: 'trom.token' });
    // Another session of the same user is not touched; a fresh sign-in works.
    await login('trom.token', PASSWORD).expect(200);
  });

  it('two refreshes racing with one token: one gets the new pair, and the session then ends (the other is a reuse)', async () => {
    await account('hai.tab');
    const s = (await login('hai.tab', PASSWORD).expect(200)).body;
    const statuses = await Promise.all(
      [1, 2].map(() =>
        t
          .http()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: s.refreshToken })
          .then((r) => ({ status: r.status, body: r.body })),
      ),
    );
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = statuses.find((r) => r.status === 200)?.body;
    await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${winner.accessToken}`).expect(401);
  });

  it('an unknown refresh token changes nothing and is not audited', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries`);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'khong-phai-token-nao-ca' }).expect(401);
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries`);
    expect(after).toBe(before);
  });

  describe('POST /auth/password', () => {
    it('→ 401 without a token; bad bodies and a wrong current password → 400 naming the field; nothing changes', async () => {
      await t.http().post('/api/v1/auth/password').send({ currentPassword: PASSWORD, newPassword: 'mot-mat-khau-moi-dai' }).expect(401);
      const user = await account('doi.mat.khau.sai');
      const token = (await login('doi.mat.khau.sai', PASSWORD).expect(200)).body.accessToken;
      const post = (body: object) => t.http().post('/api/v1/auth/password').set('Authorization', `Bearer ${token}`).send(body);
      const short = await post({ currentPassword: PASSWORD, newPassword: 'ngan' }).expect(400);
      expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
      const missing = await post({ newPassword: 'mot-mat-khau-moi-dai' }).expect(400);
      expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))]).toEqual(['currentPassword']);
      const wrong = await post({ currentPassword: 'khong-phai-cua-toi', newPassword: 'mot-mat-khau-moi-dai' }).expect(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', code: 'wrongPassword', message: 'Mật khẩu hiện tại không đúng' }]);
      const same = await post({ currentPassword: PASSWORD, newPassword: PASSWORD }).expect(400);
      expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
      const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      expect(stored.passwordHash).toBe(user.passwordHash);
      // The wrong current password counted like a failed sign-in.
      expect(stored.failedLogins).toBe(1);
      await login('doi.mat.khau.sai', PASSWORD).expect(200);
    });

    it('→ 204: the new password works, the old does not; other sessions end, this one continues; audited without the password', async () => {
      const user = await account('tu.doi.mat.khau');
      const here = (await login('tu.doi.mat.khau', PASSWORD).expect(200)).body;
      const elsewhere = (await login('tu.doi.mat.khau', PASSWORD).expect(200)).body;
      await t
        .http()
        .post('/api/v1/auth/password')
        .set('Authorization', `Bearer ${here.accessToken}`)
        .send({ currentPassword: PASSWORD, newPassword: 'mat-khau-moi-cua-toi-2026' })
        .expect(204);
      await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${here.accessToken}`).expect(200);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: here.refreshToken }).expect(200);
      await t.http().get('/api/v1/award-types').set('Authorization', `Bearer ${elsewhere.accessToken}`).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(401);
      await login('tu.doi.mat.khau', PASSWORD).expect(401);
      await login('tu.doi.mat.khau', 'mat-khau-moi-cua-toi-2026').expect(200);
      const [entry] = await t.dataSource.query(
        `SELECT actor_username, after FROM audit_entries WHERE entity_id = $1 AND action = 'PASSWORD_CHANGED'`,
        [user.id],
      );
      expect(entry).toEqual({ actor_username: 'tu.doi.mat.khau', after: { otherSessionsEnded: 1 } });
      expect(JSON.stringify(entry)).not.toMatch(/argon2|mat-khau/);
    });
  });
});
