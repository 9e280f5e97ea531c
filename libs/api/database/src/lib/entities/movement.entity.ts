import { MovementLauncher, MovementScope, Period } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { ClusterEntity } from './cluster.entity';
import { ProvinceEntity } from './province.entity';

@Entity('movements')
export class MovementEntity extends MutableRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'launched_by', type: 'text' })
  launchedBy!: MovementLauncher;

  @Column({ name: 'launched_on', ...dateColumn })
  launchedOn!: string;

  @Column({ name: 'starts_on', ...dateColumn })
  @Index('movements_starts_on_idx')
  startsOn!: string;

  @Column({ name: 'ends_on', ...dateColumn, nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  scope!: MovementScope;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  @ManyToOne(() => ClusterEntity, { nullable: true })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'movements_cluster_fk' })
  cluster?: ClusterEntity | null;

  @Column({ name: 'province_id', type: 'uuid', nullable: true })
  provinceId!: string | null;

  @ManyToOne(() => ProvinceEntity, { nullable: true })
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'movements_province_fk' })
  province?: ProvinceEntity | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

/** One province's results in a movement for a period. */
@Entity('movement_results')
@Index('movement_results_movement_province_period_uq', ['movementId', 'provinceId', 'year', 'period'], { unique: true })
export class MovementResultEntity extends MutableRecord {
  @Column({ name: 'movement_id', type: 'uuid' })
  movementId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id', foreignKeyConstraintName: 'movement_results_movement_fk' })
  movement?: MovementEntity;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'movement_results_province_fk' })
  province?: ProvinceEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'sub_movements_launched', type: 'int', nullable: true })
  subMovementsLaunched!: number | null;

  @Column({ name: 'models_built', type: 'int', nullable: true })
  modelsBuilt!: number | null;

  @Column({ type: 'int', nullable: true })
  participants!: number | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
