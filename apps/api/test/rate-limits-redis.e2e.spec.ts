import { testEngines } from '@tdkt/api/database/testing';
import { AppSettings } from '@tdkt/api/core';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { RedisTestServer, redisServerAvailable, startRedisServer } from './support/redis-server';
import { TEST_SETTINGS, TestApp, createTestApp } from './test-app';

/**
 * Another API process with the same settings (PostgreSQL: the same database; PGlite: a database of its own, as two
 * embedded servers would have): only Redis is shared, and that is enough for one limit.
 */
async function secondProcess(t: TestApp, settings: Partial<AppSettings>): Promise<NestExpressApplication> {
  const full = { ...TEST_SETTINGS, ...settings };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(full, t.db.settings)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app, full);
  await app.init();
  return app;
}

const wrong = (server: unknown, username: string, from: string) =>
  request(server as Parameters<typeof request>[0])
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', from)
    .send({ username, password: 'khong-phai-mat-khau' });

const health = (server: unknown, from: string) =>
  request(server as Parameters<typeof request>[0])
    .get('/api/v1/health')
    .set('X-Forwarded-For', from)
    .then((r) => r.status);

const available = redisServerAvailable();
if (!available) {
  console.warn('redis-server is not installed here: the Redis rate-limit HTTP tests are skipped (apt-get install redis-server).');
}

(available ? describe.each(testEngines()) : describe.skip.each(testEngines()))('rate limits in Redis (REDIS_URL) on %s', (engine) => {
  let redis: RedisTestServer;
  let admin: Redis;
  let t: TestApp;
  let other: NestExpressApplication;
  const prefix = `tdkt-e2e-${engine}:`;
  const clients = async () => Number(/connected_clients:(\d+)/.exec(await admin.info('clients'))?.[1]);

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = new Redis(redis.url);
    // 12 a minute per route and address, 4 sign-ins a minute per account and address.
    const settings: Partial<AppSettings> = { loginRateLimit: 4, rateLimit: 12, redisUrl: redis.url, redisKeyPrefix: prefix };
    t = await createTestApp(engine, settings);
    other = await secondProcess(t, settings);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
    admin?.disconnect();
    await redis?.stop();
  });

  it('two API processes share one sign-in limit: 2 attempts on each, then both answer 429 with Retry-After', async () => {
    const a = t.app.getHttpServer();
    const b = other.getHttpServer();
    await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(401);
    await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(401);
    await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(401);
    await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(401);
    const res = await wrong(a, 'chung-gioi-han', '203.0.113.9').expect(429);
    expect(Number(res.headers['retry-after-login'])).toBeGreaterThan(0);
    expect(res.body.message).toContain('Quá nhiều yêu cầu');
    await wrong(b, 'chung-gioi-han', '203.0.113.9').expect(429);
  });

  it('they share one request limit (12 a minute per route and address), also under parallel requests', async () => {
    const servers = [t.app.getHttpServer(), other.getHttpServer()];
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => health(servers[i % 2], '203.0.113.77')));
    expect(results.filter((s) => s === 200)).toHaveLength(12);
    expect(results.filter((s) => s === 429)).toHaveLength(4);
  });

  it('the counters are keys in Redis under the prefix, none in the database', async () => {
    const keys = await admin.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) expect(await admin.pttl(key)).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM rate_limit_counters`);
    expect(n).toBe(0);
  });

  it('Redis stopped mid-test: requests pass (no 500, no 429), one warning; back up: limits hold again without a restart', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const servers = [t.app.getHttpServer(), other.getHttpServer()];
      // This address is over its limit while Redis is up.
      await health(servers[0], '203.0.113.78');
      expect(await Promise.all(Array.from({ length: 13 }, () => health(servers[0], '203.0.113.78')))).toContain(429);

      await redis.stop();
      const during = await Promise.all(Array.from({ length: 30 }, (_, i) => health(servers[i % 2], '203.0.113.78')));
      expect(during.every((s) => s === 200)).toBe(true);
      // A sign-in is answered on its merits (wrong password), not with a 500.
      await wrong(servers[1], 'trong-luc-redis-tat', '203.0.113.79').expect(401);
      const warnings = warn.mock.calls.filter(([message]) => String(message).includes('Redis unavailable'));
      expect(warnings.length).toBeGreaterThanOrEqual(1);
      expect(warnings.length).toBeLessThanOrEqual(2); // one per process and minute

      await redis.start(); // empty: nothing was saved
      const end = Date.now() + 15_000;
      let statuses: number[] = [];
      // ioredis reconnects on its own (backoff up to 2 s); then the fresh counters fill up again.
      while (Date.now() < end) {
        statuses = await Promise.all(Array.from({ length: 14 }, () => health(servers[0], '203.0.113.80')));
        if (statuses.includes(429)) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(statuses).toContain(429);
      expect(statuses).not.toContain(500);
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });

  it('closing an app closes its Redis connection', async () => {
    // Both apps are connected again (the other one reconnects on its own too).
    const end = Date.now() + 10_000;
    while ((await clients()) < 3 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await clients()).toBe(3); // two apps and this test's own client
    await other.close();
    other = undefined as unknown as NestExpressApplication;
    const closed = Date.now() + 5_000;
    while ((await clients()) > 2 && Date.now() < closed) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await clients()).toBe(2);
  });
});
