import { LoginResponse, Role } from '@tdkt/shared/contracts';
import { Actor, AuditService } from '@tdkt/api/access';
import { DomainError } from '@tdkt/api/core';
import { ClusterEntity, ReferenceLookupService, SessionEntity, UserEntity } from '@tdkt/api/database';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ACCESS_TOKEN_SECONDS, AUTH_SETTINGS, AuthSettings, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, SESSION_HOURS } from './auth.settings';
import { hashPassword, verifyPassword } from './password';

interface AccessClaims {
  sub: string;
  sid: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
}

function authRequired(message = 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ; hãy đăng nhập lại'): DomainError {
  return new DomainError('AUTH_REQUIRED', message);
}

/** Sign-in, token refresh and sign-out; every request's token is checked against its session here. */
@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so timing does not reveal which accounts exist. */
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly reference: ReferenceLookupService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async login(username: string, password: string, address: string | null): Promise<LoginResponse> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username: username.trim().toLowerCase() });
    if (!user) {
      await verifyPassword(await this.dummyHash, password);
      await this.dataSource.transaction((m) =>
        this.audit.record(m, null, {
          entity: 'user',
          entityId: null,
          action: 'LOGIN_FAILED',
          after: { username, address, reason: 'unknown user' },
        }),
      );
      throw invalidCredentials();
    }
    const actor = this.bareActor(user, address);
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new DomainError(
        'ACCOUNT_LOCKED',
        `Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau ${this.minutesLeft(user.lockedUntil)} phút hoặc liên hệ quản trị viên`,
      );
    }
    if (!(await verifyPassword(user.passwordHash, password)) || !user.active) {
      const failed = user.failedLogins + 1;
      const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null;
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(UserEntity).update(user.id, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
        await this.audit.record(m, actor, {
          entity: 'user',
          entityId: user.id,
          action: lockedUntil ? 'LOCKED_OUT' : 'LOGIN_FAILED',
          after: { failedLogins: failed, lockedUntil, active: user.active },
        });
      });
      throw invalidCredentials();
    }
    const refreshToken = randomBytes(32).toString('base64url');
    const session = await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update(user.id, { failedLogins: 0, lockedUntil: null });
      const created = await m.getRepository(SessionEntity).save({
        userId: user.id,
        refreshHash: sha256(refreshToken),
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
        revokedAt: null,
        address,
      });
      await this.audit.record(
        m,
        { ...actor, sessionId: created.id },
        { entity: 'session', entityId: created.id, action: 'LOGIN', after: { userId: user.id, address } },
      );
      return created;
    });
    return this.tokens(user, session.id, refreshToken);
  }

  /** Exchanges a refresh token for a new pair; the old refresh token stops working (rotation). */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOne({ where: { refreshHash: sha256(refreshToken), revokedAt: IsNull() }, relations: { user: true } });
    if (!session || !session.user || session.expiresAt <= new Date() || !session.user.active) throw authRequired();
    const next = randomBytes(32).toString('base64url');
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ refreshHash: sha256(next) })
      .where('id = :id AND refresh_hash = :old AND revoked_at IS NULL', { id: session.id, old: session.refreshHash })
      .execute();
    // Two refreshes racing with one token: only the first gets a new one.
    if (!result.affected) throw authRequired();
    return this.tokens(session.user, session.id, next);
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(SessionEntity).update({ id: actor.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(m, actor, { entity: 'session', entityId: actor.sessionId, action: 'LOGOUT' });
    });
  }

  /** The actor behind a bearer token: the signature, the session (not revoked) and the account (active) must all hold. */
  async authenticate(token: string, address: string | null): Promise<Actor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { secret: this.settings.jwtSecret, algorithms: ['HS256'] });
    } catch {
      throw authRequired();
    }
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOne({ where: { id: claims.sid, userId: claims.sub }, relations: { user: true } });
    if (!session?.user || session.revokedAt || session.expiresAt <= new Date() || !session.user.active) throw authRequired();
    return { ...this.bareActor(session.user, address), sessionId: session.id };
  }

  /** Revokes every session of a user (password change, deactivation). */
  async revokeSessions(m: EntityManager, userId: string): Promise<void> {
    await m.getRepository(SessionEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async tokens(user: UserEntity, sessionId: string, refreshToken: string): Promise<LoginResponse> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, sid: sessionId } satisfies AccessClaims, {
      secret: this.settings.jwtSecret,
      algorithm: 'HS256',
      expiresIn: ACCESS_TOKEN_SECONDS,
    });
    const province = user.provinceId ? await this.reference.provinceById(user.provinceId) : undefined;
    const cluster = user.clusterId ? await this.dataSource.getRepository(ClusterEntity).findOneBy({ id: user.clusterId }) : null;
    return {
      accessToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken,
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        roles: user.roles as Role[],
        ...(province ? { provinceCode: province.code } : {}),
        ...(cluster ? { clusterCode: cluster.code } : {}),
      },
    };
  }

  private bareActor(user: UserEntity, address: string | null): Actor {
    return {
      userId: user.id,
      username: user.username,
      roles: user.roles,
      provinceId: user.provinceId,
      clusterId: user.clusterId,
      sessionId: '',
      address,
    };
  }

  private minutesLeft(until: Date): number {
    return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  }
}
