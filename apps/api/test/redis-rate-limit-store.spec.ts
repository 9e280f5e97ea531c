import { DEFAULT_REDIS_KEY_PREFIX, RedisRateLimitStore } from '@tdkt/api/auth';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisTestServer, redisServerAvailable, startRedisServer } from './support/redis-server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

const available = redisServerAvailable();
if (!available) {
  console.warn('redis-server is not installed here: the Redis rate-limit store tests are skipped (apt-get install redis-server).');
}

(available ? describe : describe.skip)('RedisRateLimitStore against a real redis-server', () => {
  let server: RedisTestServer;
  let store: RedisRateLimitStore;
  let admin: Redis;
  const PREFIX = 'kiem-thu:rl:';
  let n = 0;
  /** A fresh counter per test. */
  const key = () => `khoa-${++n}`;

  beforeAll(async () => {
    server = await startRedisServer();
    admin = new Redis(server.url);
    store = new RedisRateLimitStore({ url: server.url, keyPrefix: PREFIX });
    await store.connect();
  });
  afterAll(async () => {
    await store?.onApplicationShutdown();
    admin?.disconnect();
    await server?.stop();
  });

  it('counts a fixed window from the first hit: within the limit, then blocked, with the time left in seconds', async () => {
    const k = key();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await store.increment(k, 60_000, 3, 60_000));
    expect(results.map((r) => r.totalHits)).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, false, true]);
    expect(results[0].timeToExpire).toBe(60);
    expect(results[0].timeToBlockExpire).toBe(0);
    expect(results[3].timeToBlockExpire).toBeGreaterThanOrEqual(59);
    expect(results[3].timeToBlockExpire).toBeLessThanOrEqual(60);
  });

  it('keeps the key under the prefix, expiring with the window (the clock is Redis\'s)', async () => {
    const k = key();
    await store.increment(k, 30_000, 5, 30_000);
    expect(await admin.get(`${PREFIX}${k}`)).toBe('1');
    const left = await admin.pttl(`${PREFIX}${k}`);
    expect(left).toBeGreaterThan(25_000);
    expect(left).toBeLessThanOrEqual(30_000);
    // Later hits do not stretch the window.
    await sleep(50);
    await store.increment(k, 30_000, 5, 30_000);
    expect(await admin.pttl(`${PREFIX}${k}`)).toBeLessThan(left);
  });

  it('starts a new window once the old one has expired', async () => {
    const k = key();
    expect((await store.increment(k, 300, 1, 300)).totalHits).toBe(1);
    expect((await store.increment(k, 300, 1, 300)).isBlocked).toBe(true);
    await sleep(450);
    const fresh = await store.increment(k, 300, 1, 300);
    expect(fresh).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('once over the limit the key stays blocked for blockDuration from the last hit, past the end of its window', async () => {
    const k = key();
    await store.increment(k, 400, 2, 1_500);
    await store.increment(k, 400, 2, 1_500);
    const over = await store.increment(k, 400, 2, 1_500);
    expect(over.isBlocked).toBe(true);
    expect(await admin.pttl(`${PREFIX}${k}`)).toBeGreaterThan(1_000);
    await sleep(600); // the 400 ms window is over, the block is not
    const still = await store.increment(k, 400, 2, 1_500);
    expect(still).toMatchObject({ totalHits: 4, isBlocked: true });
    expect(still.timeToBlockExpire).toBe(2);
    await sleep(1_700);
    expect(await store.increment(k, 400, 2, 1_500)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts atomically: 50 parallel increments give the hits 1..50 once each and exactly `limit` pass', async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 50 }, () => store.increment(k, 60_000, 20, 60_000)));
    expect(results.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(20);
  });

  it('two stores (two API processes) on one Redis share the counter, also in parallel', async () => {
    const other = new RedisRateLimitStore({ url: server.url, keyPrefix: PREFIX });
    await other.connect();
    try {
      const k = key();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? store : other).increment(k, 60_000, 12, 60_000)),
      );
      expect(results.filter((r) => !r.isBlocked)).toHaveLength(12);
      expect(await admin.get(`${PREFIX}${k}`)).toBe('50');
    } finally {
      await other.onApplicationShutdown();
    }
  });

  it('another prefix is another set of counters', async () => {
    const other = new RedisRateLimitStore({ url: server.url });
    await other.connect();
    try {
      const k = key();
      await store.increment(k, 60_000, 5, 60_000);
      expect((await other.increment(k, 60_000, 5, 60_000)).totalHits).toBe(1);
      expect(await admin.get(`${DEFAULT_REDIS_KEY_PREFIX}${k}`)).toBe('1');
    } finally {
      await other.onApplicationShutdown();
    }
  });

  it('Redis down: every hit passes at once, one warning a minute; back up: counting resumes without a restart', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const k = key();
      await store.increment(k, 60_000, 1, 60_000);
      expect((await store.increment(k, 60_000, 1, 60_000)).isBlocked).toBe(true);
      await server.stop();
      const started = Date.now();
      const during = await Promise.all(Array.from({ length: 20 }, () => store.increment(k, 60_000, 1, 60_000)));
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(during.every((r) => !r.isBlocked && r.totalHits === 0)).toBe(true);
      for (let i = 0; i < 5; i++) await store.increment(k, 60_000, 1, 60_000);
      const warnings = warn.mock.calls.filter(([message]) => String(message).includes('Redis unavailable'));
      expect(warnings).toHaveLength(1);

      await server.start(); // empty: nothing was saved
      await until(() => store.status === 'ready');
      expect(await store.increment(k, 60_000, 1, 60_000)).toMatchObject({ totalHits: 1, isBlocked: false });
      expect((await store.increment(k, 60_000, 1, 60_000)).isBlocked).toBe(true);
      expect(log.mock.calls.some(([message]) => String(message).includes('reachable again'))).toBe(true);
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });

  it('Redis down at boot: the store starts anyway, lets hits pass, and connects once Redis is up', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await server.stop();
    const late = new RedisRateLimitStore({ url: server.url, keyPrefix: PREFIX });
    try {
      await late.connect();
      expect(late.status).not.toBe('ready');
      expect(await late.increment(key(), 60_000, 1, 60_000)).toMatchObject({ totalHits: 0, isBlocked: false });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('Redis unavailable'));
      await server.start();
      await until(() => late.status === 'ready');
      const k = key();
      expect((await late.increment(k, 60_000, 1, 60_000)).totalHits).toBe(1);
      expect((await late.increment(k, 60_000, 1, 60_000)).isBlocked).toBe(true);
    } finally {
      await late.onApplicationShutdown();
      log.mockRestore();
      warn.mockRestore();
    }
  });

  it('closes its connection on shutdown', async () => {
    await until(() => store.status === 'ready');
    const clients = async () => Number(/connected_clients:(\d+)/.exec(await admin.info('clients'))?.[1]);
    const before = await clients();
    const extra = new RedisRateLimitStore({ url: server.url, keyPrefix: PREFIX });
    await extra.connect();
    expect(await clients()).toBe(before + 1);
    await extra.onApplicationShutdown();
    expect(extra.status).toBe('end');
    await sleep(50);
    expect(await clients()).toBe(before);
  });
});
