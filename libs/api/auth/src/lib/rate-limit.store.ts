import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

const SWEEP_MS = 60_000;

/**
 * Rate-limit counters in the database, so every API process behind a load balancer counts against one limit.
 * One atomic upsert per request and limit: a fixed window of `ttl` ms that starts at the key's first hit; once
 * over the limit the key stays blocked for `blockDuration` from its last hit. The clock is the database's, so
 * processes on machines with drifting clocks agree. Embedded PGlite runs the same code (one process, one table).
 */
export class DatabaseRateLimitStore implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimits');
  private lastFailureLog = 0;
  private lastSweep = Date.now();

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    // Expired keys are removed on the way, once a minute per process (no timer to outlive the app).
    if (Date.now() - this.lastSweep > SWEEP_MS) {
      this.lastSweep = Date.now();
      await this.removeExpired();
    }
    let row: { hits: number; expires_in: string } | undefined;
    try {
      [row] = await this.dataSource.query(
        `WITH now AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
         INSERT INTO rate_limit_counters AS r (key, hits, expires_at)
         SELECT $1, 1, now.ms + $2 FROM now
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.expires_at <= (SELECT ms FROM now) THEN 1 ELSE r.hits + 1 END,
           expires_at = CASE
             WHEN r.expires_at <= (SELECT ms FROM now) THEN (SELECT ms FROM now) + $2
             WHEN r.hits + 1 > $3 THEN GREATEST(r.expires_at, (SELECT ms FROM now) + $4)
             ELSE r.expires_at END
         RETURNING hits, expires_at - (SELECT ms FROM now) AS expires_in`,
        [key, Math.round(ttl), limit, Math.round(blockDuration)],
      );
    } catch (err) {
      // A limit is a protection, not a record: while the database is unreachable requests fail on their own.
      this.logFailure(err);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
    const seconds = Math.max(1, Math.ceil(Number(row?.expires_in ?? ttl) / 1000));
    const hits = Number(row?.hits ?? 1);
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }

  private async removeExpired(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM rate_limit_counters WHERE expires_at < (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 60000`,
      );
    } catch (err) {
      this.logFailure(err);
    }
  }

  private logFailure(err: unknown): void {
    if (Date.now() - this.lastFailureLog < SWEEP_MS) return;
    this.lastFailureLog = Date.now();
    this.logger.warn(
      `rate-limit counters unavailable, requests pass unlimited meanwhile: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
