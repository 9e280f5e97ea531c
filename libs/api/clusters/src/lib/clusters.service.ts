import {
  ClusterMemberDto,
  ClusterMemberView,
  ClusterView,
  CreateClusterDto,
  MembershipRole,
  Role,
  UpdateClusterSettingsDto,
} from '@tdkt/shared/contracts';
import { Actor, AuditService, ScopeService } from '@tdkt/api/access';
import { ClusterEntity, ClusterMembershipEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export function toClusterView(c: ClusterEntity): ClusterView {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    description: c.description,
    issuingBody: c.issuingBody,
    documentSymbol: c.documentSymbol,
    signerName: c.signerName,
    signerTitle: c.signerTitle,
    version: c.version,
  };
}

@Injectable()
export class ClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ClusterView[]> {
    const clusters = await this.dataSource.getRepository(ClusterEntity).find({ order: { code: 'ASC' } });
    return clusters.map(toClusterView);
  }

  /** Clusters and memberships are reference data: admins maintain them. */
  async create(actor: Actor, dto: CreateClusterDto): Promise<ClusterView> {
    this.assertAdmin(actor);
    const saved = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(ClusterEntity);
      if (await repo.existsBy({ code: dto.code })) throw new DomainError('CLUSTER_EXISTS', `Cụm thi đua mã ${dto.code} đã tồn tại`);
      const row = await repo.save(repo.create({ code: dto.code, name: dto.name, description: dto.description ?? null }));
      await this.audit.record(m, actor, { entity: 'cluster', entityId: row.id, action: 'CREATE', after: row, clusterId: row.id });
      return row;
    });
    return toClusterView(saved);
  }

  /**
   * The report settings (issuing body, symbol, signer): an admin, or the cluster's own chair. Optimistic locking on
   * `version`; audited in the same transaction.
   */
  async updateSettings(actor: Actor, code: string, dto: UpdateClusterSettingsDto): Promise<ClusterView> {
    const cluster = await this.findCluster(code);
    if (!actor.roles.includes(Role.ADMIN)) this.scope.assertChairOf(actor, cluster.id);
    const { version, ...changes } = dto;
    const fields = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const saved = await this.dataSource.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(ClusterEntity)
        .set(fields)
        .where('id = :id AND version = :version', { id: cluster.id, version })
        .execute();
      if (!result.affected)
        throw new DomainError('VERSION_CONFLICT', 'Cụm thi đua vừa được người khác thay đổi; hãy tải lại trước khi sửa');
      const after = await m.getRepository(ClusterEntity).findOneByOrFail({ id: cluster.id });
      await this.audit.record(m, actor, {
        entity: 'cluster',
        entityId: cluster.id,
        action: 'UPDATE',
        before: toClusterView(cluster),
        after: toClusterView(after),
        clusterId: cluster.id,
      });
      return after;
    });
    this.reference.invalidate();
    return toClusterView(saved);
  }

  async members(code: string, year: number): Promise<ClusterMemberView[]> {
    const cluster = await this.findCluster(code);
    const rows = await this.dataSource.getRepository(ClusterMembershipEntity).find({ where: { clusterId: cluster.id, year } });
    const views = await Promise.all(
      rows.map(async (r) => {
        const province = await this.reference.provinceById(r.provinceId);
        return {
          provinceId: r.provinceId,
          provinceCode: province?.code ?? '',
          provinceName: province?.name ?? '',
          role: r.role,
          year: r.year,
        };
      }),
    );
    const rank = { [MembershipRole.CHAIR]: 0, [MembershipRole.VICE_CHAIR]: 1, [MembershipRole.MEMBER]: 2 };
    return views.sort((a, b) => rank[a.role] - rank[b.role] || a.provinceCode.localeCompare(b.provinceCode));
  }

  /** Replaces a year's membership as a whole; provinces are taken as they stood in that year. */
  async replaceMembers(actor: Actor, code: string, year: number, members: ClusterMemberDto[]): Promise<ClusterMemberView[]> {
    this.assertAdmin(actor);
    const cluster = await this.findCluster(code);
    this.checkRoles(members);
    const provinceIds: string[] = [];
    for (const [index, m] of members.entries()) {
      const field = `${index}.provinceCode`;
      const province = await this.reference
        .provinceOn(m.provinceCode, `${year}-12-31`, field)
        .catch(() => this.reference.provinceOn(m.provinceCode, `${year}-01-01`, field));
      provinceIds.push(province.id);
    }
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(ClusterMembershipEntity);
      const before = await repo.find({ where: { clusterId: cluster.id, year }, order: { provinceId: 'ASC' } });
      await repo.delete({ clusterId: cluster.id, year });
      const after = members.map((m, i) => ({ clusterId: cluster.id, year, provinceId: provinceIds[i], role: m.role }));
      if (after.length) await repo.insert(after);
      await this.audit.record(tx, actor, {
        entity: 'cluster_membership',
        entityId: `${cluster.id}/${year}`,
        action: 'REPLACE',
        before: before.map(({ provinceId, role }) => ({ provinceId, role })),
        after: after.map(({ provinceId, role }) => ({ provinceId, role })),
        clusterId: cluster.id,
        year,
      });
    });
    this.reference.invalidate();
    return this.members(code, year);
  }

  private assertAdmin(actor: Actor): void {
    this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được cập nhật cụm thi đua và thành viên cụm');
  }

  private checkRoles(members: ClusterMemberDto[]): void {
    const problems: Array<{ field: string; code: string; message: string }> = [];
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.provinceCode))
        problems.push({ field: `${i}.provinceCode`, code: 'duplicate', message: `Tỉnh mã ${m.provinceCode} được khai báo hai lần` });
      seen.add(m.provinceCode);
    });
    for (const role of [MembershipRole.CHAIR, MembershipRole.VICE_CHAIR]) {
      if (members.filter((m) => m.role === role).length > 1) {
        problems.push({
          field: 'role',
          code: 'tooMany',
          message: role === MembershipRole.CHAIR ? 'Mỗi năm cụm chỉ có một cụm trưởng' : 'Mỗi năm cụm chỉ có một cụm phó',
        });
      }
    }
    if (problems.length) throw fieldErrors(problems);
  }

  private async findCluster(code: string): Promise<ClusterEntity> {
    const cluster = await this.dataSource.getRepository(ClusterEntity).findOneBy({ code });
    if (!cluster) throw new DomainError('CLUSTER_NOT_FOUND', `Không có cụm thi đua mã ${code}`);
    return cluster;
  }
}
