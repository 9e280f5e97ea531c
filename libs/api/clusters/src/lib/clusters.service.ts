import { ClusterMemberDto, ClusterMemberView, ClusterView, CreateClusterDto, MembershipRole } from '@tdkt/shared/contracts';
import { ClusterEntity, ClusterMembershipEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError } from '@tdkt/api/core';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export function toClusterView(c: ClusterEntity): ClusterView {
  return { id: c.id, code: c.code, name: c.name, description: c.description, version: c.version };
}

@Injectable()
export class ClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  async list(): Promise<ClusterView[]> {
    const clusters = await this.dataSource.getRepository(ClusterEntity).find({ order: { code: 'ASC' } });
    return clusters.map(toClusterView);
  }

  async create(dto: CreateClusterDto): Promise<ClusterView> {
    const repo = this.dataSource.getRepository(ClusterEntity);
    if (await repo.existsBy({ code: dto.code })) throw new DomainError('CLUSTER_EXISTS', `Cụm thi đua mã ${dto.code} đã tồn tại`);
    return toClusterView(await repo.save(repo.create({ code: dto.code, name: dto.name, description: dto.description ?? null })));
  }

  async members(code: string, year: number): Promise<ClusterMemberView[]> {
    const cluster = await this.findCluster(code);
    const rows = await this.dataSource.getRepository(ClusterMembershipEntity).find({ where: { clusterId: cluster.id, year } });
    const views = await Promise.all(
      rows.map(async (r) => {
        const province = await this.reference.provinceById(r.provinceId);
        return { provinceId: r.provinceId, provinceCode: province?.code ?? '', provinceName: province?.name ?? '', role: r.role, year: r.year };
      }),
    );
    const rank = { [MembershipRole.CHAIR]: 0, [MembershipRole.VICE_CHAIR]: 1, [MembershipRole.MEMBER]: 2 };
    return views.sort((a, b) => rank[a.role] - rank[b.role] || a.provinceCode.localeCompare(b.provinceCode));
  }

  /** Replaces a year's membership as a whole; provinces are taken as they stood in that year. */
  async replaceMembers(code: string, year: number, members: ClusterMemberDto[]): Promise<ClusterMemberView[]> {
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
      await repo.delete({ clusterId: cluster.id, year });
      if (members.length) {
        await repo.insert(members.map((m, i) => ({ clusterId: cluster.id, year, provinceId: provinceIds[i], role: m.role })));
      }
    });
    return this.members(code, year);
  }

  private checkRoles(members: ClusterMemberDto[]): void {
    const problems: Array<{ field: string; code: string; message: string }> = [];
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.provinceCode)) problems.push({ field: `${i}.provinceCode`, code: 'duplicate', message: `Tỉnh mã ${m.provinceCode} được khai báo hai lần` });
      seen.add(m.provinceCode);
    });
    for (const role of [MembershipRole.CHAIR, MembershipRole.VICE_CHAIR]) {
      if (members.filter((m) => m.role === role).length > 1) {
        problems.push({ field: 'role', code: 'tooMany', message: role === MembershipRole.CHAIR ? 'Mỗi năm cụm chỉ có một cụm trưởng' : 'Mỗi năm cụm chỉ có một cụm phó' });
      }
    }
    if (problems.length) throw new BadRequestException({ message: problems.map((p) => p.message), errors: problems });
  }

  private async findCluster(code: string): Promise<ClusterEntity> {
    const cluster = await this.dataSource.getRepository(ClusterEntity).findOneBy({ code });
    if (!cluster) throw new DomainError('CLUSTER_NOT_FOUND', `Không có cụm thi đua mã ${code}`);
    return cluster;
  }
}
