import { MembershipRole } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, MutableRecord } from './base';
import { ProvinceEntity } from './province.entity';

@Entity('clusters')
export class ClusterEntity extends MutableRecord {
  @Column({ type: 'text' })
  @Index('clusters_code_uq', { unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}

/** Membership is per year, so a 2024 report uses 2024 members even after provinces merged. */
@Entity('cluster_memberships')
@Index('cluster_memberships_cluster_year_province_uq', ['clusterId', 'year', 'provinceId'], { unique: true })
@Index('cluster_memberships_province_year_idx', ['provinceId', 'year'], { unique: true })
@Index('cluster_memberships_year_idx', ['year'])
export class ClusterMembershipEntity extends BaseRecord {
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_memberships_cluster_fk' })
  cluster?: ClusterEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'cluster_memberships_province_fk' })
  province?: ProvinceEntity;

  @Column({ type: 'text' })
  role!: MembershipRole;

  /** Carried forward from the previous year and not yet confirmed by an admin (a PUT of the year clears it). */
  @Column({ type: 'boolean', default: false })
  derived!: boolean;
}
