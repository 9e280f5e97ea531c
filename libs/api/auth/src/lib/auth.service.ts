import { LoginResponse, Role } from '@tdkt/shared/contracts';
import { Actor, AuditService } from '@tdkt/api/access';
import { DomainError, fieldErrors } from '@tdkt/api/core';
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

/** One answer for a wrong password, an unknown account, an inactive one and a locked one. */
export const INVALID_CREDENTIALS_MESSAGE =
  'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau hoặc liên hệ quản trị viên';

function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', INVALID_CREDENTIALS_MESSAGE);
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

  /**
   * Signs in. A wrong password, an unknown account, an inactive one and a locked one all get the same 401 and
   * message, so the answer never tells a guesser whether an account exists or has been locked; the owner learns
   * of a lock from an administrator (the users page shows it) and the audit trail.
   */
  async login(username: string, password: string, address: string | null): Promise<LoginResponse> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username: username.trim().toLowerCase() });
    if (!user) {
      await verifyPassword(await this.dummyHash, password);
      // The typed name is not kept: people type their password into the name field.
      await this.dataSource.transaction((m) =>
        this.audit.record(m, null, {
          entity: 'user',
          entityId: null,
          action: 'LOGIN_FAILED',
          address,
          after: { address, reason: 'unknown account' },
        }),
      );
      throw invalidCredentials();
    }
    const actor = this.bareActor(user, address);
    // Verified even for a locked account, so the time taken does not tell either.
    const passwordOk = await verifyPassword(user.passwordHash, password);
    const refused = await this.dataSource.transaction(async (m) => {
      if (passwordOk && user.active) {
        // Read under the row's lock: a guess that locked the account a moment ago counts.
        const [row] = await m.query(`SELECT locked_until FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
        if (!row?.locked_until || new Date(row.locked_until) <= new Date()) return false;
        await this.audit.record(m, actor, {
          entity: 'user',
          entityId: user.id,
          action: 'LOGIN_REFUSED_LOCKED',
          after: { lockedUntil: new Date(row.locked_until).toISOString() },
        });
        return true;
      }
      const counted = await this.countFailure(m, user.id);
      await this.audit.record(m, actor, {
        entity: 'user',
        entityId: user.id,
        action: counted.lockedNow ? 'LOCKED_OUT' : 'LOGIN_FAILED',
        after: { failedLogins: counted.failed, lockedUntil: counted.lockedUntil, active: user.active },
      });
      return true;
    });
    if (refused) throw invalidCredentials();
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

  /**
   * Exchanges a refresh token for a new pair; the old refresh token stops working (rotation). A retired token
   * presented again means someone else holds the session's tokens too: the whole session ends, and is audited.
   */
  async refresh(refreshToken: string, address: string | null = null): Promise<LoginResponse> {
    const hash = sha256(refreshToken);
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOne({ where: { refreshHash: hash, revokedAt: IsNull() }, relations: { user: true } });
    if (!session) {
      await this.revokeOnReuse(hash, address);
      throw authRequired();
    }
    if (!session.user || session.expiresAt <= new Date() || !session.user.active) throw authRequired();
    const next = randomBytes(32).toString('base64url');
    const rotated = await this.dataSource.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ refreshHash: sha256(next) })
        .where('id = :id AND refresh_hash = :old AND revoked_at IS NULL', { id: session.id, old: session.refreshHash })
        .execute();
      if (!result.affected) return false;
      await m.query(`INSERT INTO retired_refresh_tokens (hash, session_id) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING`, [
        hash,
        session.id,
      ]);
      return true;
    });
    // Two refreshes racing with one token: the first rotates; the second is a reuse and ends the session.
    if (!rotated) {
      await this.revokeOnReuse(hash, address);
      throw authRequired();
    }
    return this.tokens(session.user, session.id, next);
  }

  /** The user's own password change: the current one is required; every other session ends, this one goes on. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw authRequired();
    const ok = await verifyPassword(user.passwordHash, currentPassword);
    const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
    if (!ok || locked) {
      // A stolen access token must not become a way to guess the password: wrong answers count like sign-ins.
      await this.dataSource.transaction(async (m) => {
        const counted = await this.countFailure(m, user.id);
        await this.audit.record(m, actor, {
          entity: 'user',
          entityId: user.id,
          action: counted.lockedNow ? 'LOCKED_OUT' : 'PASSWORD_CHANGE_FAILED',
          after: { failedLogins: counted.failed, lockedUntil: counted.lockedUntil },
        });
      });
      throw fieldErrors([{ field: 'currentPassword', code: 'wrongPassword', message: 'Mật khẩu hiện tại không đúng' }]);
    }
    if (currentPassword === newPassword) {
      throw fieldErrors([{ field: 'newPassword', code: 'sameAsCurrent', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' }]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, failedLogins: 0, lockedUntil: null })
        .where('id = :id', { id: user.id })
        .execute();
      const ended = await m
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: new Date() })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId: user.id, sessionId: actor.sessionId })
        .execute();
      await this.audit.record(m, actor, {
        entity: 'user',
        entityId: user.id,
        action: 'PASSWORD_CHANGED',
        after: { otherSessionsEnded: ended.affected ?? 0 },
      });
    });
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

  /**
   * Counts one failed attempt in a single statement, so parallel guesses all count; every MAX_FAILED_LOGINS-th
   * failure locks the account for LOCKOUT_MINUTES (from now, never shortening a lock already running).
   */
  private async countFailure(
    m: EntityManager,
    userId: string,
  ): Promise<{ failed: number; lockedUntil: string | null; lockedNow: boolean }> {
    const [rows] = await m.query(
      `UPDATE users SET failed_logins = failed_logins + 1,
              locked_until = CASE WHEN (failed_logins + 1) % $2 = 0
                                  THEN GREATEST(COALESCE(locked_until, now()), now() + make_interval(mins => $3))
                                  ELSE locked_until END
        WHERE id = $1
        RETURNING failed_logins, locked_until`,
      [userId, MAX_FAILED_LOGINS, LOCKOUT_MINUTES],
    );
    const row = Array.isArray(rows) ? rows[0] : rows;
    const failed = Number(row?.failed_logins ?? 0);
    const lockedUntil = row?.locked_until ? new Date(row.locked_until).toISOString() : null;
    return { failed, lockedUntil, lockedNow: failed > 0 && failed % MAX_FAILED_LOGINS === 0 };
  }

  /** A retired refresh token came back: revoke its session (every token of it) and audit it. Unknown tokens change nothing. */
  private async revokeOnReuse(hash: string, address: string | null): Promise<void> {
    const [retired] = await this.dataSource.query(
      `SELECT r.session_id, s.user_id, s.revoked_at FROM retired_refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE r.hash = $1`,
      [hash],
    );
    if (!retired) return;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: retired.user_id });
    await this.dataSource.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: new Date() })
        .where('id = :id AND revoked_at IS NULL', { id: retired.session_id })
        .execute();
      if (!result.affected) return;
      await this.audit.record(m, user ? { ...this.bareActor(user, address), sessionId: retired.session_id } : null, {
        entity: 'session',
        entityId: retired.session_id,
        action: 'REFRESH_REUSED',
        address,
        after: { revoked: true, reason: 'a retired refresh token was presented again' },
      });
    });
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
}
