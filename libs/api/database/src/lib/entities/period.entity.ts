import { Period } from '@tdkt/shared/contracts';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, MutableRecord } from './base';

/** A province's statement that its records for a cluster period are complete. */
@Entity('period_submissions')
@Index('period_submissions_cluster_province_period_uq', ['clusterId', 'provinceId', 'year', 'period'], { unique: true })
export class PeriodSubmissionEntity extends BaseRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A cluster period closed to changes, by the chair or by a finalized report; unlocking keeps the row. */
@Entity('period_locks')
@Index('period_locks_cluster_period_uq', ['clusterId', 'year', 'period'], { unique: true })
export class PeriodLockEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ type: 'boolean' })
  locked!: boolean;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
