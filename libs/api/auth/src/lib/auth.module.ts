import { DynamicModule, ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccountSeed } from './account-seed';
import { AuthController, LOGIN_THROTTLE } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

const MINUTE = 60_000;

/** Accounts, sign-in and the guards every request passes: rate limits first, then the token. */
@Module({})
export class AuthModule {
  static register(settings: AuthSettings, rateLimitPerMinute: number): DynamicModule {
    const isLogin = (ctx: ExecutionContext) => Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) === true;
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({}),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: MINUTE, limit: Math.max(rateLimitPerMinute, 1), skipIf: () => rateLimitPerMinute === 0 },
            { name: 'login', ttl: MINUTE, limit: settings.loginRateLimit, skipIf: (ctx) => !isLogin(ctx) },
          ],
          errorMessage: 'Quá nhiều yêu cầu trong thời gian ngắn; vui lòng chờ một phút rồi thử lại',
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
