import { MembershipRole, PeriodPathDto, PeriodStatusView } from '@tdkt/shared/contracts';
import { Actor, AuditService, PeriodLocksService, ScopeService, outOfScope } from '@tdkt/api/access';
import { DomainError } from '@tdkt/api/core';
import { ClusterMembershipEntity, PeriodLockEntity, PeriodSubmissionEntity, ReferenceLookupService, UserEntity } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

const ROLE_RANK = { [MembershipRole.CHAIR]: 0, [MembershipRole.VICE_CHAIR]: 1, [MembershipRole.MEMBER]: 2 };

/** Provinces submit their records for a cluster period; the chair follows submissions and locks the period. */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
  ) {}

  async status(actor: Actor, { clusterCode, year, period }: PeriodPathDto): Promise<PeriodStatusView> {
    const cluster = await this.reference.cluster(clusterCode, 'clusterCode');
    if (!(await this.scope.canReadCluster(actor, cluster.id, year))) throw outOfScope('Bạn không theo dõi kỳ báo cáo của cụm thi đua này');
    const members = await this.dataSource.getRepository(ClusterMembershipEntity).findBy({ clusterId: cluster.id, year });
    // Staff see whether the others have submitted, but the details only of their own province.
    const scope = await this.scope.readScope(actor);
    const seesAll = scope.all || scope.clusterId === cluster.id;
    const submissions = await this.dataSource.getRepository(PeriodSubmissionEntity).findBy({ clusterId: cluster.id, year, period });
    const lock = await this.dataSource.getRepository(PeriodLockEntity).findOneBy({ clusterId: cluster.id, year, period });
    const userIds = [...submissions.map((s) => s.submittedBy), ...(lock ? [lock.changedBy] : [])];
    const users = new Map(
      (
        await this.dataSource
          .getRepository(UserEntity)
          .findBy({ id: In(userIds.length ? userIds : ['00000000-0000-0000-0000-000000000000']) })
      ).map((u) => [u.id, u.fullName]),
    );
    const provinces = await Promise.all(
      members.map(async (m) => {
        const province = await this.reference.provinceById(m.provinceId);
        const s = submissions.find((x) => x.provinceId === m.provinceId);
        const details = seesAll || scope.provinceIds.includes(m.provinceId);
        return {
          provinceCode: province?.code ?? '',
          provinceName: province?.name ?? '',
          role: m.role,
          submitted: Boolean(s),
          submittedAt: s && details ? s.submittedAt.toISOString() : null,
          submittedBy: s && details ? (users.get(s.submittedBy) ?? null) : null,
          note: s && details ? s.note : null,
        };
      }),
    );
    provinces.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.provinceCode.localeCompare(b.provinceCode));
    return {
      clusterCode: cluster.code,
      year,
      period,
      locked: lock?.locked ?? false,
      lockReason: lock?.reason ?? null,
      lockChangedAt: lock ? lock.changedAt.toISOString() : null,
      lockChangedBy: lock ? (users.get(lock.changedBy) ?? null) : null,
      provinces,
    };
  }

  /** Staff declare their province's records for the period complete (again, if they submit twice). */
  async submit(actor: Actor, at: PeriodPathDto, note: string | null): Promise<PeriodStatusView> {
    const { clusterCode, year, period } = at;
    const cluster = await this.reference.cluster(clusterCode, 'clusterCode');
    if (!actor.provinceId) throw outOfScope('Chỉ cán bộ của tỉnh thành viên được gửi số liệu của tỉnh');
    const family = await this.scope.provinceFamily(actor.provinceId);
    const mine = (await this.dataSource.getRepository(ClusterMembershipEntity).findBy({ clusterId: cluster.id, year })).filter((m) =>
      family.includes(m.provinceId),
    );
    if (!mine.length) throw outOfScope(`Tỉnh của bạn không thuộc ${cluster.name} năm ${year}`);
    for (const m of mine) await this.scope.assertStaffOf(actor, m.provinceId);
    await this.dataSource.transaction(async (m) => {
      for (const member of mine) {
        const repo = m.getRepository(PeriodSubmissionEntity);
        const before = await repo.findOneBy({ clusterId: cluster.id, provinceId: member.provinceId, year, period });
        const values = {
          clusterId: cluster.id,
          provinceId: member.provinceId,
          year,
          period,
          submittedBy: actor.userId,
          submittedAt: new Date(),
          note,
        };
        const after = before ? await repo.save({ ...before, ...values }) : await repo.save(repo.create(values));
        await this.audit.record(m, actor, {
          entity: 'period_submission',
          entityId: after.id,
          action: 'SUBMIT',
          before,
          after,
          provinceId: member.provinceId,
          clusterId: cluster.id,
          year,
        });
      }
    });
    return this.status(actor, at);
  }

  /** The chair closes (or reopens) a period; every change is audited with its reason. */
  async setLock(actor: Actor, at: PeriodPathDto, locked: boolean, reason: string): Promise<PeriodStatusView> {
    const { clusterCode, year, period } = at;
    const cluster = await this.reference.cluster(clusterCode, 'clusterCode');
    this.scope.assertChairOf(actor, cluster.id);
    await this.dataSource.transaction((m) =>
      this.locks.setLock(m, actor, { clusterId: cluster.id, year, period }, { locked, reason }, (before) => {
        if ((before?.locked ?? false) === locked) {
          throw new DomainError('INVALID_TRANSITION', locked ? 'Kỳ này đã được khóa' : 'Kỳ này đang mở, không cần mở khóa');
        }
      }),
    );
    return this.status(actor, at);
  }
}
