import { DynamicModule, ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule, ThrottlerStorage, normalizeIp } from '@nestjs/throttler';
import { AccountSeed } from './account-seed';
import { AuthController, LOGIN_THROTTLE } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { RATE_LIMIT_STORE, RateLimitStoreModule } from './rate-limit-store.module';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

const MINUTE = 60_000;
/** Sign-ins per minute from one address across all accounts, as a multiple of the per-account limit (one office behind one NAT). */
const LOGIN_ADDRESS_FACTOR = 10;

/** The sign-in limit counts per account and address: one user's typos never lock out a colleague behind the same proxy. */
function accountAndAddress(req: Record<string, unknown>): string {
  const body = req['body'] as { username?: unknown } | undefined;
  const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
  return `${normalizeIp(String(req['ip'] ?? ''))}|${username}`;
}

/** Accounts, sign-in and the guards every request passes: rate limits first, then the token. */
@Module({})
export class AuthModule {
  static register(settings: AuthSettings, rateLimitPerMinute: number): DynamicModule {
    const isLogin = (ctx: ExecutionContext) => Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) === true;
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({}),
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStoreModule.register(settings.redis)],
          inject: [RATE_LIMIT_STORE],
          useFactory: (storage: ThrottlerStorage) => ({
            throttlers: [
              { name: 'default', ttl: MINUTE, limit: Math.max(rateLimitPerMinute, 1), skipIf: () => rateLimitPerMinute === 0 },
              { name: 'login', ttl: MINUTE, limit: settings.loginRateLimit, skipIf: (ctx) => !isLogin(ctx), getTracker: accountAndAddress },
              {
                name: 'loginAddress',
                ttl: MINUTE,
                limit: settings.loginRateLimit * LOGIN_ADDRESS_FACTOR,
                skipIf: (ctx) => !isLogin(ctx),
              },
            ],
            errorMessage: 'Quá nhiều yêu cầu trong thời gian ngắn; vui lòng chờ một phút rồi thử lại',
            // Counted in Redis (REDIS_URL) or the database: every API process behind a load balancer shares one limit.
            storage,
          }),
        }),
      ],
      controllers: [AuthController, UsersController],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        AuthService,
        UsersService,
        AccountSeed,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AuthService],
    };
  }
}
