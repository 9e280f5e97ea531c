import { Period } from '@tdkt/shared/contracts';
import { RecordTime } from '@tdkt/shared/domain';
import { DomainError } from '@tdkt/api/core';
import { ClusterEntity, ClusterMembershipEntity, PeriodLockEntity } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type { RecordTime };

/**
 * Refuses changes in a locked period. A lock belongs to the cluster the record's province was a member of
 * that year; an FY lock covers the whole year, an H1 lock the first six months.
 */
@Injectable()
export class PeriodLocksService {
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
