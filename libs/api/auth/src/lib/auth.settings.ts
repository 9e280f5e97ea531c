import { RedisRateLimitOptions } from './redis-rate-limit.store';

/** What the auth module needs from the app settings. */
export interface AuthSettings {
  jwtSecret: string;
  adminPassword?: string;
  demoPassword?: string;
  /** Create the demo accounts (with the demo dataset). */
  demoAccounts: boolean;
  loginRateLimit: number;
  /** Rate-limit counters in Redis instead of the database (REDIS_URL). */
  redis?: RedisRateLimitOptions;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** Access tokens are short-lived; the refresh token (rotated on use) keeps a working day going. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const SESSION_HOURS = 12;
/** Failed sign-ins in a row that lock an account, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
