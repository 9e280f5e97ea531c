import { ActorRequest, IS_PUBLIC, WITHOUT_SCOPE, hasUsableScope, outOfScope } from '@tdkt/api/access';
import { DomainError } from '@tdkt/api/core';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { AuthService } from './auth.service';

/** Deny by default: every route needs a valid bearer token (and a usable scope) unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & ActorRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError('AUTH_REQUIRED', 'Bạn cần đăng nhập để dùng chức năng này');
    }
    request.actor = await this.auth.authenticate(token, request.ip ?? null);
    // A user whose scope is missing is denied everywhere, reference data included.
    if (
      !hasUsableScope(request.actor) &&
      !this.reflector.getAllAndOverride<boolean>(WITHOUT_SCOPE, [context.getHandler(), context.getClass()])
    ) {
      throw outOfScope('Tài khoản chưa được gán tỉnh hoặc cụm thi đua; hãy liên hệ quản trị viên');
    }
    return true;
  }
}
