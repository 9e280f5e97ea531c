import { testEngines } from '@tdkt/api/database/testing';
import { AppSettings, parseTrustProxy } from '@tdkt/api/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { TEST_PASSWORD, TEST_SETTINGS, TestApp, createTestApp } from './test-app';

/** Another API process on the same database (the PostgreSQL setup behind a load balancer). */
async function secondProcess(t: TestApp, settings: Partial<AppSettings>): Promise<NestExpressApplication> {
  const full = { ...TEST_SETTINGS, ...settings };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(full, t.db.settings)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, full);
  await app.init();
  return app;
}

const wrong = (server: unknown, username: string, from?: string) => {
  const req = request(server as Parameters<typeof request>[0])
    .post('/api/v1/auth/login')
    .send({ username, password: 'khong-phai-mat-khau' });
  return from ? req.set('X-Forwarded-For', from) : req;
};

describe.each(testEngines())('rate limits and TRUST_PROXY on %s', (engine) => {
  describe('sign-in limit (3 a minute per account and address)', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp(engine, { loginRateLimit: 3, trustProxy: parseTrustProxy('loopback') })));
    afterAll(() => t?.close());
    const server = () => t.app.getHttpServer();

    it('POST /auth/login → 429 with Retry-After on the 4th attempt for one account from one address', async () => {
      for (let i = 0; i < 3; i++) await wrong(server(), 'khong-co-ai', '203.0.113.5').expect(401);
      const res = await wrong(server(), 'khong-co-ai', '203.0.113.5').expect(429);
      expect(Number(res.headers['retry-after-login'])).toBeGreaterThan(0);
      expect(res.body.message).toContain('Quá nhiều yêu cầu');
    });

    it('the same account from another address, and another account from that address, are still answered', async () => {
      await wrong(server(), 'khong-co-ai', '203.0.113.6').expect(401);
      await wrong(server(), 'nguoi-khac', '203.0.113.5').expect(401);
      // The real owner behind another address signs in.
      await request(server())
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ username: 'staff08', password: TEST_PASSWORD })
        .expect(200);
    });

    it('the counters are rows of rate_limit_counters, one per limit and client', async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM rate_limit_counters WHERE hits >= 3`);
      expect(n).toBeGreaterThanOrEqual(1);
    });

    it('the audit trail records the forwarded address of a trusted proxy', async () => {
      await wrong(server(), 'staff25', '192.0.2.44').expect(401);
      const [row] = await t.dataSource.query(
        `SELECT address FROM audit_entries WHERE action IN ('LOGIN_FAILED','LOCKED_OUT') ORDER BY seq DESC LIMIT 1`,
      );
      expect(row.address).toBe('192.0.2.44');
    });
  });

  describe('TRUST_PROXY=false: the header is ignored', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp(engine, { loginRateLimit: 2, trustProxy: false })));
    afterAll(() => t?.close());

    it('a client cannot dodge the limit by sending X-Forwarded-For, and the audit trail keeps the socket address', async () => {
      const server = t.app.getHttpServer();
      await wrong(server, 'ai-do', '203.0.113.1').expect(401);
      await wrong(server, 'ai-do', '203.0.113.2').expect(401);
      await wrong(server, 'ai-do', '203.0.113.3').expect(429);
      const [row] = await t.dataSource.query(`SELECT address FROM audit_entries WHERE action = 'LOGIN_FAILED' ORDER BY seq DESC LIMIT 1`);
      expect(row.address).toMatch(/127\.0\.0\.1|::1/);
    });
  });

  describe('TRUST_PROXY=1 (one proxy in front): the client is the last address the proxy appended', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp(engine, { trustProxy: 1 })));
    afterAll(() => t?.close());

    it('a forged left-most entry does not become the address', async () => {
      await wrong(t.app.getHttpServer(), 'ai-do', '6.6.6.6, 198.51.100.20').expect(401);
      const [row] = await t.dataSource.query(`SELECT address FROM audit_entries WHERE action = 'LOGIN_FAILED' ORDER BY seq DESC LIMIT 1`);
      expect(row.address).toBe('198.51.100.20');
    });
  });

  if (engine === 'postgres') {
    describe('two API processes on one PostgreSQL database', () => {
      let t: TestApp;
      let other: NestExpressApplication;
      beforeAll(async () => {
        // 12 a minute per route and address: the ten test users' sign-ins stay under it on the login route.
        t = await createTestApp(engine, { loginRateLimit: 4, rateLimit: 12 });
        other = await secondProcess(t, { loginRateLimit: 4, rateLimit: 12 });
      });
      afterAll(async () => {
        await other?.close();
        await t?.close();
      });

      it('share one sign-in limit: 2 attempts on each, then both answer 429', async () => {
        const a = t.app.getHttpServer();
        const b = other.getHttpServer();
        await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(401);
        await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(401);
        await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(401);
        await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(401);
        await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(429);
        await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(429);
      });

      it('share one request limit (12 a minute per route and address), also under parallel requests', async () => {
        const servers = [t.app.getHttpServer(), other.getHttpServer()];
        const results = await Promise.all(
          Array.from({ length: 16 }, (_, i) =>
            request(servers[i % 2])
              .get('/api/v1/health')
              .set('X-Forwarded-For', '203.0.113.77')
              .then((r) => r.status),
          ),
        );
        expect(results.filter((s) => s === 200)).toHaveLength(12);
        expect(results.filter((s) => s === 429)).toHaveLength(4);
      });
    });
  }
});
