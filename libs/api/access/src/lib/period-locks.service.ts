import { Period } from '@tdkt/shared/contracts';
import { RecordTime } from '@tdkt/shared/domain';
import { DomainError } from '@tdkt/api/core';
import { ClusterEntity, ClusterMembershipEntity, PeriodLockEntity } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { Actor } from './actor';
import { AuditService } from './audit.service';
import { EntityManager } from 'typeorm';

export type { RecordTime };

/**
 * Refuses changes in a locked period. A lock belongs to the cluster the record's province was a member of
 * that year; an FY lock covers the whole year, an H1 lock the first six months.
 */
/** Which period of a cluster a lock is about. */
export interface LockedPeriod {
  clusterId: string;
  year: number;
  period: Period;
}

@Injectable()
export class PeriodLocksService {
  constructor(private readonly audit: AuditService) {}

  /**
   * The one writer of period locks (the chair's lock and unlock, a finalized report's lock): sets the lock with its
   * reason, in the caller's transaction, and audits it (LOCK or UNLOCK, before and after). `check` sees the lock as it
   * was and may refuse the change.
   */
  async setLock(
    m: EntityManager,
    actor: Actor,
    at: LockedPeriod,
    change: { locked: boolean; reason: string },
    check: (before: PeriodLockEntity | null) => void = () => undefined,
  ): Promise<PeriodLockEntity> {
    const repo = m.getRepository(PeriodLockEntity);
    const before = await repo.findOneBy({ clusterId: at.clusterId, year: at.year, period: at.period });
    check(before);
    const values = { ...at, locked: change.locked, reason: change.reason, changedBy: actor.userId, changedAt: new Date() };
    const after = before ? await repo.save({ ...before, ...values }) : await repo.save(repo.create(values));
    await this.audit.record(m, actor, {
      entity: 'period_lock',
      entityId: after.id,
      action: change.locked ? 'LOCK' : 'UNLOCK',
      before,
      after,
      clusterId: at.clusterId,
      year: at.year,
    });
    return after;
  }

  async assertOpen(m: EntityManager, provinceId: string, time: RecordTime | null): Promise<void> {
    if (!time) return;
    const year = 'date' in time ? Number(time.date.slice(0, 4)) : time.year;
    const membership = await m.getRepository(ClusterMembershipEntity).findOneBy({ provinceId, year });
    if (!membership) return;
    const locks = await m.getRepository(PeriodLockEntity).findBy({ clusterId: membership.clusterId, year, locked: true });
    const inFirstHalf = 'date' in time ? time.date <= `${year}-06-30` : time.period === Period.H1;
    const lock = locks.find((l) => l.period === Period.FY || (l.period === Period.H1 && inFirstHalf));
    if (!lock) return;
    const cluster = await m.getRepository(ClusterEntity).findOneBy({ id: membership.clusterId });
    const label = lock.period === Period.H1 ? `6 tháng đầu năm ${year}` : `năm ${year}`;
    throw new DomainError(
      'PERIOD_LOCKED',
      `Kỳ ${label} của ${cluster?.name ?? 'cụm thi đua'} đã khóa (${lock.reason}); không thể thay đổi hồ sơ của kỳ này. Cụm trưởng có thể mở khóa kỳ.`,
    );
  }
}
