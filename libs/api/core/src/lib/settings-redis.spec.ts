import { loadSettings } from './settings';

describe('REDIS_URL and REDIS_KEY_PREFIX (validated at boot)', () => {
  it('unset or empty: no Redis, the counters stay in the database', () => {
    expect(loadSettings({}).redisUrl).toBeUndefined();
    expect(loadSettings({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });

  it('redis:// and rediss:// (TLS) URLs, with password and database number', () => {
    expect(loadSettings({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(loadSettings({ REDIS_URL: 'rediss://:mat-khau@redis.tinh.gov.vn:6380/2' }).redisUrl).toBe(
      'rediss://:mat-khau@redis.tinh.gov.vn:6380/2',
    );
    expect(loadSettings({ REDIS_URL: 'redis://r:6379', REDIS_KEY_PREFIX: 'tdkt:prod:' })).toMatchObject({
      redisUrl: 'redis://r:6379',
      redisKeyPrefix: 'tdkt:prod:',
    });
  });

  it.each(['http://127.0.0.1:6379', '127.0.0.1:6379', 'redis://', 'redis:// host', 'postgres://r/0'])('refuses REDIS_URL=%s', (url) => {
    expect(() => loadSettings({ REDIS_URL: url })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it.each(['có dấu', 'a b', 'x'.repeat(65)])('refuses REDIS_KEY_PREFIX=%s', (prefix) => {
    expect(() => loadSettings({ REDIS_KEY_PREFIX: prefix })).toThrow(/REDIS_KEY_PREFIX must be/);
  });
});
