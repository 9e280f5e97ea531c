import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** Keys of every counter start with this unless REDIS_KEY_PREFIX says otherwise (one Redis shared by several apps). */
export const DEFAULT_REDIS_KEY_PREFIX = 'tdkt:rate-limit:';

const LOG_EVERY_MS = 60_000;
/** A command that takes longer than this fails and the request passes: a limit must never stall the API. */
const COMMAND_TIMEOUT_MS = 1_000;
/** How long the boot waits for Redis before it starts anyway (requests pass unlimited until Redis answers). */
const BOOT_WAIT_MS = 3_000;

/**
 * One hit, atomically on the Redis server (a script runs alone): the same semantics as the database store.
 * KEYS[1] the counter; ARGV ttl, limit, blockDuration (ms). The first hit starts a fixed window of `ttl`
 * (the key's expiry); once over the limit the key lives at least `blockDuration` from this hit. A key
 * without expiry (never expected) gets the window, so no counter can live forever. Returns {hits, ms left}.
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = tonumber(ARGV[1])
if hits == 1 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {hits, ttl}
end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  left = ttl
end
local block = tonumber(ARGV[3])
if hits > tonumber(ARGV[2]) and left < block then
  redis.call('PEXPIRE', KEYS[1], block)
  left = block
end
return {hits, left}
`;

type RedisWithHit = Redis & { rateLimitHit(key: string, ttl: number, limit: number, block: number): Promise<[number, number]> };

export interface RedisRateLimitOptions {
  /** `redis://` or `rediss://` (TLS) URL, with the password and database number if any. */
  url: string;
  keyPrefix?: string;
}

/**
 * Rate-limit counters in Redis (chosen when REDIS_URL is set): every API process on the same Redis counts against
 * one limit, at one script call per request and limit, without a write to the database. The clock is Redis's (key
 * expiry), so processes with drifting clocks agree. While Redis cannot be reached, requests pass unlimited and a
 * warning is logged once a minute, as with the database store; ioredis reconnects by itself.
 */
export class RedisRateLimitStore implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: RedisWithHit;
  private lastFailureLog = 0;
  private failing = false;

  constructor(options: RedisRateLimitOptions) {
    const redis = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX,
      // Fail fast instead of queueing while disconnected: a request never waits for Redis to come back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: BOOT_WAIT_MS,
      lazyConnect: true,
    });
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    redis.on('error', (err) => this.logFailure(err));
    redis.on('ready', () => {
      if (this.failing) this.logger.log('rate-limit counters in Redis reachable again');
      this.failing = false;
    });
    this.redis = redis as RedisWithHit;
  }

  /** Connects before the app serves; a Redis that is down at boot is logged and retried in the background. */
  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (err) {
      this.logFailure(err);
    }
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    let hits: number;
    let left: number;
    try {
      [hits, left] = await this.redis.rateLimitHit(key, Math.max(1, Math.round(ttl)), limit, Math.max(1, Math.round(blockDuration)));
    } catch (err) {
      // A limit is a protection, not a record: an outage of Redis must not take the API down with it.
      this.logFailure(err);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
    const seconds = Math.max(1, Math.ceil(Number(left) / 1000));
    const isBlocked = Number(hits) > limit;
    return { totalHits: Number(hits), timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }

  /** `connecting`, `ready`, `reconnecting`, `end`, … (ioredis's status). */
  get status(): string {
    return this.redis.status;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'end') return;
    const ended = new Promise((resolve) => this.redis.once('end', resolve));
    try {
      await this.redis.quit();
      await ended;
    } catch {
      // Redis is gone already: drop the socket and stop reconnecting.
      this.redis.disconnect();
    }
  }

  private logFailure(err: unknown): void {
    this.failing = true;
    if (Date.now() - this.lastFailureLog < LOG_EVERY_MS) return;
    this.lastFailureLog = Date.now();
    this.logger.warn(
      `rate-limit counters in Redis unavailable, requests pass unlimited meanwhile: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
