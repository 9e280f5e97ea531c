import { CreateUserDto, Role, UserView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { Actor, AuditService, ScopeService, versionedUpdate } from '@tdkt/api/access';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { ClusterEntity, ReferenceLookupService, UserEntity } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from './auth.service';
import { hashPassword } from './password';
import { UpdateUserDto } from './update-user.dto';

/** What the audit trail keeps of an account: never the password hash. */
function auditable(user: UserEntity) {
  const { passwordHash: _h, province: _p, cluster: _c, ...rest } = user;
  return rest;
}

/** Accounts, managed by admins. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(actor: Actor): Promise<UserView[]> {
    this.assertAdmin(actor);
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
    return Promise.all(users.map((u) => this.toView(u)));
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    this.assertAdmin(actor);
    return this.toView(await this.find(this.dataSource.manager, id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    this.assertAdmin(actor);
    const scope = await this.resolveScope(dto.roles, dto.provinceCode, dto.clusterCode);
    const saved = await this.dataSource.transaction(async (m) => {
      if (await m.getRepository(UserEntity).existsBy({ username: dto.username })) {
        throw new DomainError('USER_EXISTS', `Tên đăng nhập ${dto.username} đã có người dùng`);
      }
      const user = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({
          username: dto.username,
          fullName: dto.fullName,
          passwordHash: await hashPassword(dto.password),
          roles: dto.roles,
          ...scope,
          active: dto.active ?? true,
        }),
      );
      await this.audit.record(m, actor, { entity: 'user', entityId: user.id, action: 'CREATE', after: auditable(user) });
      return user;
    });
    return this.toView(saved);
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    this.assertAdmin(actor);
    const { version, password, provinceCode, clusterCode, ...fields } = dto;
    // Resolved before the transaction: on the embedded database a transaction holds the only connection.
    const current = await this.find(this.dataSource.manager, id);
    const roles = fields.roles ?? current.roles;
    const currentProvince = current.provinceId ? await this.reference.provinceById(current.provinceId) : undefined;
    const currentCluster = current.clusterId
      ? await this.dataSource.getRepository(ClusterEntity).findOneBy({ id: current.clusterId })
      : null;
    const scope = await this.resolveScope(
      roles,
      provinceCode === undefined ? currentProvince?.code : provinceCode,
      clusterCode === undefined ? currentCluster?.code : clusterCode,
    );
    const passwordHash = password ? await hashPassword(password) : undefined;
    const updated = await this.dataSource.transaction(async (m) => {
      const next: Partial<UserEntity> = { ...fields, roles, ...scope };
      if (passwordHash) Object.assign(next, { passwordHash, failedLogins: 0, lockedUntil: null });
      const after = await versionedUpdate(m, this.audit, actor, UserEntity, { id, version }, next, (row) => ({
        entity: 'user',
        action: 'UPDATE',
        before: auditable(current),
        after: auditable(row),
      }));
      // A new password or a deactivated account ends every open session.
      if (password || after.active === false) await this.auth.revokeSessions(m, id);
      return after;
    });
    return this.toView(updated);
  }

  private assertAdmin(actor: Actor): void {
    this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được quản lý tài khoản');
  }

  /** A staff role needs its province and a chair role its cluster; a scope without its role is dropped. */
  private async resolveScope(
    roles: Role[],
    provinceCode?: string | null,
    clusterCode?: string | null,
  ): Promise<Pick<UserEntity, 'provinceId' | 'clusterId'>> {
    const errors = [];
    if (roles.includes(Role.PROVINCE_STAFF) && !provinceCode) {
      errors.push({ field: 'provinceCode', code: 'required', message: 'Cán bộ tỉnh phải được gán một tỉnh, thành phố' });
    }
    if (roles.includes(Role.CLUSTER_CHAIR) && !clusterCode) {
      errors.push({ field: 'clusterCode', code: 'required', message: 'Cụm trưởng phải được gán một cụm thi đua' });
    }
    if (errors.length) throw fieldErrors(errors);
    const province =
      roles.includes(Role.PROVINCE_STAFF) && provinceCode ? await this.reference.provinceOn(provinceCode, todayInVietnam()) : null;
    const cluster = roles.includes(Role.CLUSTER_CHAIR) && clusterCode ? await this.reference.cluster(clusterCode) : null;
    return { provinceId: province?.id ?? null, clusterId: cluster?.id ?? null };
  }

  private async find(m: EntityManager, id: string): Promise<UserEntity> {
    const user = await m.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new DomainError('USER_NOT_FOUND', 'Không tìm thấy tài khoản');
    return user;
  }

  private async toView(u: UserEntity): Promise<UserView> {
    const province = u.provinceId ? await this.reference.provinceById(u.provinceId) : undefined;
    const cluster = u.clusterId ? await this.dataSource.getRepository(ClusterEntity).findOneBy({ id: u.clusterId }) : null;
    return {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      roles: u.roles,
      provinceCode: province?.code ?? null,
      provinceName: province?.name ?? null,
      clusterCode: cluster?.code ?? null,
      active: u.active,
      lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
      version: u.version,
      demo: u.isDemo,
    };
  }
}
