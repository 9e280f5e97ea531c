import { Period, TargetKind } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, ValueTransformer } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { ClusterEntity } from './cluster.entity';
import { ProvinceEntity } from './province.entity';

/** pg answers numeric as text to keep precision; these values fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('pledges')
@Index('pledges_cluster_year_uq', ['clusterId', 'year'], { unique: true })
export class PledgeEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'pledges_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'signed_on', ...dateColumn })
  signedOn!: string;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @OneToMany(() => PledgeCriterionEntity, (c) => c.pledge)
  criteria?: PledgeCriterionEntity[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

@Entity('pledge_criteria')
@Index('pledge_criteria_pledge_code_uq', ['pledgeId', 'code'], { unique: true })
export class PledgeCriterionEntity extends MutableRecord {
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId!: string;

  @ManyToOne(() => PledgeEntity, (p) => p.criteria, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', foreignKeyConstraintName: 'pledge_criteria_pledge_fk' })
  pledge?: PledgeEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ name: 'target_kind', type: 'text' })
  targetKind!: TargetKind;

  @Column({ name: 'max_score', type: 'numeric', precision: 8, scale: 2, transformer: numericTransformer })
  maxScore!: number;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;
}

/** A province's target and actual value for one criterion in one period of the pledge year. */
@Entity('pledge_results')
@Index('pledge_results_criterion_province_period_uq', ['criterionId', 'provinceId', 'period'], { unique: true })
export class PledgeResultEntity extends MutableRecord {
  @Column({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => PledgeCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'pledge_results_criterion_fk' })
  criterion?: PledgeCriterionEntity;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'pledge_results_province_fk' })
  province?: ProvinceEntity;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ name: 'target_value', type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericTransformer })
  targetValue!: number | null;

  @Column({ name: 'actual_value', type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericTransformer })
  actualValue!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
