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

  /** Printed above the report's title, e.g. "UBND TỈNH TUYÊN QUANG"; null derives it from the chair province. */
  @Column({ name: 'issuing_body', type: 'text', nullable: true })
  issuingBody!: string | null;

  /** The symbol after the report's number, e.g. "BC-CTĐ" (Decree 30/2020/NĐ-CP, Appendix I). */
  @Column({ name: 'document_symbol', type: 'text', nullable: true })
  documentSymbol!: string | null;

  @Column({ name: 'signer_name', type: 'text', nullable: true })
  signerName!: string | null;

  /** The signer's position line, e.g. "PHÓ CHỦ TỊCH UBND TỈNH TUYÊN QUANG". */
  @Column({ name: 'signer_title', type: 'text', nullable: true })
  signerTitle!: string | null;
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
