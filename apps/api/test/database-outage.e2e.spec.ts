import { ThrowawayCluster, postgresBinDir, startThrowawayCluster } from '@tdkt/api/database/testing';
import { TestApp, createTestApp } from './test-app';

const decided = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Lò Văn Mất Điện',
  provinceCode: '08',
  awardTypeCode: 'GIAY_KHEN',
  kind: 'REGULAR',
  achievementYear: 2024,
  decisionNumber: '31/QĐ-UBND',
  decisionDate: '2025-02-03',
  decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
  status: 'APPROVED',
};

// Stops a PostgreSQL server mid-requests: only on a cluster of its own, in the PostgreSQL pass (never the shared one).
const binDir = postgresBinDir();
const runnable = Boolean(process.env['TEST_DATABASE_URL']) && binDir !== null;
if (!runnable) {
  console.warn(
    `database-outage suite skipped: ${process.env['TEST_DATABASE_URL'] ? 'no PostgreSQL server binaries (initdb, pg_ctl; set PG_BIN)' : 'TEST_DATABASE_URL is not set'}`,
  );
}

(runnable ? describe : describe.skip)('PostgreSQL outage (own throwaway cluster)', () => {
  let cluster: ThrowawayCluster;
  let t: TestApp;
  beforeAll(async () => {
    cluster = await startThrowawayCluster(binDir!);
    t = await createTestApp('postgres', {}, cluster.url);
  });
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await cluster?.destroy();
  });

  it('answers 503 with Retry-After (never 500) while the database is down, and 200 again once it is back, without a restart', async () => {
    await t.as('staff08').get('/api/v1/commendations').expect(200);
    await t.http().get('/api/v1/health').expect(200);

    // Requests in flight while the server stops: each ends in a normal answer or a 503, never a 500.
    const during: Promise<number>[] = [];
    const stopping = cluster.stop('fast');
    for (let i = 0; i < 20; i++) {
      during.push(
        (i % 2 ? t.as('staff08').get('/api/v1/commendations') : t.as('staff08').post('/api/v1/commendations').send({ ...decided, recipientName: `${decided.recipientName} ${i}` })).then(
          (r) => r.status,
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    await stopping;
    const statuses = await Promise.all(during);
    expect(statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);

    for (const [name, call] of [
      ['GET /api/v1/commendations', () => t.as('staff08').get('/api/v1/commendations')],
      ['POST /api/v1/commendations', () => t.as('staff08').post('/api/v1/commendations').send(decided)],
      ['POST /api/v1/auth/login', () => t.http().post('/api/v1/auth/login').send({ username: 'staff08', password: 'mat-khau-kiem-thu-2024' })],
      ['GET /api/v1/health', () => t.http().get('/api/v1/health')],
    ] as const) {
      const res = await call();
      expect([name, res.status]).toEqual([name, 503]);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'DATABASE_UNAVAILABLE' });
      expect(res.body.message).toMatch(/Cơ sở dữ liệu/);
    }
    // Liveness stays clear: the process is fine, only its database is not.
    await t.http().get('/api/v1/health/live').expect(200, { status: 'ok' });

    await cluster.start();
    // The pool reconnects by itself; give it a few tries.
    let health = 0;
    for (let i = 0; i < 40 && health !== 200; i++) {
      health = (await t.http().get('/api/v1/health')).status;
      if (health !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(health).toBe(200);
    await t.as('staff08').get('/api/v1/commendations').expect(200);
    // A pooled connection the outage killed may still answer one request with 503 before the pool drops it.
    let created = await t.as('staff08').post('/api/v1/commendations').send({ ...decided, recipientName: 'Lò Văn Có Điện Lại' });
    for (let i = 0; i < 10 && created.status === 503; i++) {
      await new Promise((r) => setTimeout(r, 250));
      created = await t.as('staff08').post('/api/v1/commendations').send({ ...decided, recipientName: 'Lò Văn Có Điện Lại' });
    }
    expect(created.status).toBe(201);
    await t.as('staff08').get(`/api/v1/commendations/${created.body.id}`).expect(200);
  });
});
