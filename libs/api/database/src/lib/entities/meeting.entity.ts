import { Period } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { ClusterEntity } from './cluster.entity';
import { ProvinceEntity } from './province.entity';

/** A cluster's review meeting (sơ kết / tổng kết); the host and the chairing province may differ. */
@Entity('meetings')
@Index('meetings_cluster_year_idx', ['clusterId', 'year'])
export class MeetingEntity extends MutableRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity)
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'meetings_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  period!: Period;

  @Column({ ...dateColumn })
  date!: string;

  @Column({ name: 'host_province_id', type: 'uuid' })
  hostProvinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'host_province_id', foreignKeyConstraintName: 'meetings_host_province_fk' })
  hostProvince?: ProvinceEntity;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ name: 'chair_name', type: 'text' })
  chairName!: string;

  @Column({ name: 'chair_title', type: 'text', nullable: true })
  chairTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  participants!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
