import { ChangePasswordDto, LoginDto, LoginResponse, RefreshDto } from '@tdkt/shared/contracts';
import { Actor, AllowWithoutScope, CurrentActor, Public } from '@tdkt/api/access';
import { Body, Controller, HttpCode, Post, Req, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { AuthService } from './auth.service';

/** Marks the sign-in routes for the stricter per-address rate limit. */
export const LOGIN_THROTTLE = 'tdkt:loginThrottle';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Signs in: a 15-minute bearer token and a refresh token. */
  @Public()
  @SetMetadata(LOGIN_THROTTLE, true)
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResponse> {
    return this.auth.login(dto.username, dto.password, req.ip ?? null);
  }

  /** A new token pair for a valid refresh token; the old refresh token stops working. (Not under the sign-in limit: the token cannot be guessed, and every page reload uses one.) */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto, @Req() req: Request): Promise<LoginResponse> {
    return this.auth.refresh(dto.refreshToken, req.ip ?? null);
  }

  /** The signed-in user's own password: the current one required, 12+ characters; other sessions end, this one goes on. */
  @ApiBearerAuth()
  @AllowWithoutScope()
  @SetMetadata(LOGIN_THROTTLE, true)
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }

  /** Ends the session: its access and refresh tokens stop working at once. */
  @ApiBearerAuth()
  @AllowWithoutScope()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(actor);
  }
}
