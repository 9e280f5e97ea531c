import {
  CarryForwardDto,
  CarryForwardPreviewView,
  ClusterMemberDto,
  ClusterMemberView,
  ClusterView,
  CreateClusterDto,
  MembershipRole,
  MembershipYearsView,
  Role,
  UpdateClusterSettingsDto,
} from '@tdkt/shared/contracts';
import { CarryForwardPlan, carryForward, isValidOn, membershipDate } from '@tdkt/shared/domain';
import { Actor, AuditService, ScopeService } from '@tdkt/api/access';
import { ClusterEntity, ClusterMembershipEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';

const dayVi = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

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
          derived: r.derived,
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

  /** The years that have members, newest first; pages open on the latest. */
  async membershipYears(): Promise<MembershipYearsView> {
    const rows: Array<{ year: number }> = await this.dataSource.query(`SELECT DISTINCT year FROM cluster_memberships ORDER BY year DESC`);
    const years = rows.map((r) => Number(r.year));
    return { latest: years[0] ?? null, years };
  }

  /**
   * Replaces a year's membership as a whole. A year's members are the provinces in force on 1 January of that
   * year; an admin's PUT confirms the year, so the `derived` mark is cleared.
   */
  async replaceMembers(actor: Actor, code: string, year: number, members: ClusterMemberDto[]): Promise<ClusterMemberView[]> {
    this.assertAdmin(actor);
    const cluster = await this.findCluster(code);
    this.checkRoles(members);
    const provinceIds = await this.provincesInForce(
      year,
      members.map((m) => m.provinceCode),
    );
    await this.dataSource.transaction(async (tx) => {
      await this.assertFree(tx, cluster.id, year, provinceIds);
      await this.replace(
        tx,
        actor,
        cluster,
        year,
        'REPLACE',
        members.map((m, i) => ({ provinceId: provinceIds[i], role: m.role, derived: false })),
      );
    });
    this.reference.invalidate();
    return this.members(code, year);
  }

  /** The dry run of a carry-forward into `year` from `year − 1` (admins). */
  async previewCarryForward(actor: Actor, code: string, year: number): Promise<CarryForwardPreviewView> {
    this.assertAdmin(actor);
    const cluster = await this.findCluster(code);
    return this.preview(this.dataSource.manager, cluster, year);
  }

  /**
   * Creates a year's membership from the previous one: merged provinces collapse into their successor, kept by the
   * cluster of the province that kept its seat (`carryForward`); chair and vice-chair as the admin chose (the
   * rotation's suggestion when left out, none when there is none). Audited; 409 when the year already has members
   * unless `replace`, or when a province already sits in another cluster that year.
   */
  async carryForward(actor: Actor, code: string, year: number, dto: CarryForwardDto): Promise<ClusterMemberView[]> {
    this.assertAdmin(actor);
    const cluster = await this.findCluster(code);
    await this.dataSource.transaction(async (tx) => {
      // One carry-forward or PUT of a cluster-year at a time.
      await tx.query(`SELECT id FROM clusters WHERE id = $1 FOR UPDATE`, [cluster.id]);
      const { plan, existing } = await this.plan(tx, cluster, year);
      if (!plan.members.length) {
        throw new DomainError(
          'NO_MEMBERSHIP',
          `${cluster.name} chưa có thành viên năm ${year - 1}: không có gì để chuyển tiếp sang năm ${year}; hãy nhập danh sách thành viên năm ${year}`,
        );
      }
      if (existing && !dto.replace) {
        throw new DomainError(
          'MEMBERSHIP_EXISTS',
          `${cluster.name} đã có ${existing} thành viên năm ${year}; chọn "thay thế" nếu muốn thay danh sách này`,
        );
      }
      const chosen = (field: 'chairProvinceCode' | 'viceChairProvinceCode', suggested: string | null) =>
        dto[field] === undefined ? (plan.members.find((m) => m.provinceId === suggested)?.provinceCode ?? null) : dto[field];
      const chair = chosen('chairProvinceCode', plan.suggestedChairId);
      const vice = chosen('viceChairProvinceCode', plan.suggestedViceChairId);
      const problems: Array<{ field: string; code: string; message: string }> = [];
      for (const [field, value] of [
        ['chairProvinceCode', chair],
        ['viceChairProvinceCode', vice],
      ] as const) {
        if (value && !plan.members.some((m) => m.provinceCode === value))
          problems.push({
            field,
            code: 'notMember',
            message: `${field}: tỉnh mã ${value} không có trong danh sách thành viên năm ${year}`,
          });
      }
      if (chair && chair === vice)
        problems.push({
          field: 'viceChairProvinceCode',
          code: 'sameAsChair',
          message: 'viceChairProvinceCode: cụm phó phải khác cụm trưởng',
        });
      if (problems.length) throw fieldErrors(problems);
      const ids = plan.members.map((m) => m.provinceId);
      await this.assertFree(tx, cluster.id, year, ids);
      await this.replace(
        tx,
        actor,
        cluster,
        year,
        'CARRY_FORWARD',
        plan.members.map((m) => ({
          provinceId: m.provinceId,
          role:
            m.provinceCode === chair ? MembershipRole.CHAIR : m.provinceCode === vice ? MembershipRole.VICE_CHAIR : MembershipRole.MEMBER,
          derived: false,
        })),
      );
    });
    this.reference.invalidate();
    return this.members(code, year);
  }

  private async plan(m: EntityManager, cluster: ClusterEntity, year: number): Promise<{ plan: CarryForwardPlan; existing: number }> {
    const previous: Array<{ clusterCode: string; provinceId: string; role: MembershipRole }> = await m.query(
      `SELECT c.code AS "clusterCode", cm.province_id AS "provinceId", cm.role FROM cluster_memberships cm JOIN clusters c ON c.id = cm.cluster_id
        WHERE cm.year = $1`,
      [year - 1],
    );
    const provinces = await this.reference.allProvinces();
    const existing = await m.getRepository(ClusterMembershipEntity).countBy({ clusterId: cluster.id, year });
    return { plan: carryForward(provinces, previous, cluster.code, year), existing };
  }

  private async preview(m: EntityManager, cluster: ClusterEntity, year: number): Promise<CarryForwardPreviewView> {
    const { plan, existing } = await this.plan(m, cluster, year);
    const others = await this.otherClusters(
      m,
      cluster.id,
      year,
      plan.members.map((x) => x.provinceId),
    );
    const province = async (id: string) => {
      const p = await this.reference.provinceById(id);
      return { provinceCode: p?.code ?? '', provinceName: p?.name ?? '' };
    };
    const codeOf = async (id: string | null) => (id ? (await province(id)).provinceCode : null);
    return {
      clusterCode: cluster.code,
      fromYear: year - 1,
      year,
      members: await Promise.all(
        plan.members.map(async (x) => ({
          provinceCode: x.provinceCode,
          provinceName: x.provinceName,
          predecessors: await Promise.all(x.predecessorIds.map(province)),
          inOtherCluster: others.get(x.provinceId) ?? null,
        })),
      ),
      departing: await Promise.all(
        plan.departing.map(async (d) => ({
          ...(await province(d.provinceId)),
          successorName: (await province(d.successorId)).provinceName,
          clusterCode: d.clusterCode,
        })),
      ),
      unresolved: await Promise.all(plan.unresolvedIds.map(province)),
      suggestedChairCode: await codeOf(plan.suggestedChairId),
      suggestedViceChairCode: await codeOf(plan.suggestedViceChairId),
      existingMembers: existing,
    };
  }

  /** The provinces (by id) that already sit in another cluster in a year, with that cluster's code. */
  private async otherClusters(m: EntityManager, clusterId: string, year: number, provinceIds: string[]): Promise<Map<string, string>> {
    if (!provinceIds.length) return new Map();
    const rows = await m
      .getRepository(ClusterMembershipEntity)
      .find({ where: { year, provinceId: In(provinceIds), clusterId: Not(clusterId) }, relations: { cluster: true } });
    return new Map(rows.map((r) => [r.provinceId, (r.cluster as ClusterEntity).code]));
  }

  /** A province is a member of one cluster a year: refuse, naming where it sits, instead of a constraint error. */
  private async assertFree(m: EntityManager, clusterId: string, year: number, provinceIds: string[]): Promise<void> {
    const others = await this.otherClusters(m, clusterId, year, provinceIds);
    if (!others.size) return;
    const names = await Promise.all(
      [...others].map(async ([id, code]) => `${(await this.reference.provinceById(id))?.name ?? id} (cụm ${code})`),
    );
    throw new DomainError(
      'PROVINCE_IN_OTHER_CLUSTER',
      `Mỗi tỉnh chỉ thuộc một cụm thi đua mỗi năm; năm ${year} đã là thành viên cụm khác: ${names.join(', ')}`,
    );
  }

  /** Resolves codes to the provinces in force on 1 January of the year; 400 naming each code that was not. */
  private async provincesInForce(year: number, codes: string[]): Promise<string[]> {
    const date = membershipDate(year);
    const all = await this.reference.allProvinces();
    const problems: Array<{ field: string; code: string; message: string }> = [];
    const ids = codes.map((code, index) => {
      const province = all.find((p) => p.code === code && isValidOn(p, date));
      if (province) return province.id;
      const other = all.find((p) => p.code === code);
      problems.push({
        field: `${index}.provinceCode`,
        code: other ? 'notInForce' : 'referenceNotFound',
        message: other
          ? `${index}.provinceCode: tỉnh, thành phố mã ${code} (${other.name}) không có hiệu lực ngày ${dayVi(date)}; thành viên cụm năm ${year} là các tỉnh, thành phố có hiệu lực vào ngày 1 tháng 1 của năm`
          : `${index}.provinceCode: không có tỉnh, thành phố mã ${code}`,
      });
      return '';
    });
    if (problems.length) throw fieldErrors(problems);
    return ids;
  }

  private async replace(
    tx: EntityManager,
    actor: Actor,
    cluster: ClusterEntity,
    year: number,
    action: string,
    after: Array<{ provinceId: string; role: MembershipRole; derived: boolean }>,
  ): Promise<void> {
    const repo = tx.getRepository(ClusterMembershipEntity);
    const before = await repo.find({ where: { clusterId: cluster.id, year }, order: { provinceId: 'ASC' } });
    await repo.delete({ clusterId: cluster.id, year });
    if (after.length) await repo.insert(after.map((a) => ({ ...a, clusterId: cluster.id, year })));
    await this.audit.record(tx, actor, {
      entity: 'cluster_membership',
      entityId: `${cluster.id}/${year}`,
      action,
      before: before.map(({ provinceId, role, derived }) => ({ provinceId, role, derived })),
      after: after.map(({ provinceId, role }) => ({ provinceId, role })),
      clusterId: cluster.id,
      year,
    });
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
