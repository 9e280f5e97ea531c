import { Period, ReportSection, ReportSnapshot, ReportStatistics, ReportStatus } from '@tdkt/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { ClusterEntity } from './cluster.entity';
import { MeetingEntity } from './meeting.entity';

/** A cluster's semi-annual or annual review report (§3). */
@Entity('reports')
@Check('reports_period_ck', `"period" IN ('H1', 'FY')`)
@Check('reports_status_ck', `"status" IN ('DRAFT', 'FINAL')`)
@Check('reports_range_ck', `"from_date" <= "to_date"`)
@Check('reports_final_snapshot_ck', `("status" = 'FINAL') = ("final_snapshot" IS NOT NULL AND "finalized_at" IS NOT NULL)`)
@Index('reports_cluster_year_idx', ['clusterId', 'year', 'period'])
// Partial unique index, hand-written in the migration.
@Index('reports_one_draft_uq', { synchronize: false })
export class ReportEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'reports_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: ReportStatus;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { nullable: true })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'reports_meeting_fk' })
  meeting?: MeetingEntity | null;

  @Column({ name: 'cutoff_date', ...dateColumn, nullable: true })
  cutoffDate!: string | null;

  @Column({ name: 'from_date', ...dateColumn })
  fromDate!: string;

  @Column({ name: 'to_date', ...dateColumn })
  toDate!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  sections!: ReportSection[];

  @Column({ type: 'jsonb', default: () => `'{}'` })
  statistics!: ReportStatistics;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  /** Text and figures as finalized; what every reader of a final report gets. */
  @Column({ name: 'final_snapshot', type: 'jsonb', nullable: true })
  finalSnapshot!: ReportSnapshot | null;

  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt!: Date | null;

  @Column({ name: 'finalized_by', type: 'uuid', nullable: true })
  finalizedBy!: string | null;

  /** The final report of the same cluster period that this draft replaces. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => ReportEntity, { nullable: true })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'reports_supersedes_fk' })
  supersedes?: ReportEntity | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;
}
