import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn } from './base';
import { ProvinceEntity } from './province.entity';

/** An organisation's rename or merger into another (reference data); matching treats the two names as one recipient. */
@Entity('organization_renames')
@Index('organization_renames_old_new_uq', { synchronize: false })
export class OrganizationRenameEntity extends BaseRecord {
  /** Null: the rename applies in every province (a national reorganisation of departments). */
  @Column({ name: 'province_id', type: 'uuid', nullable: true })
  provinceId!: string | null;

  @ManyToOne(() => ProvinceEntity, { nullable: true })
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'organization_renames_province_fk' })
  province?: ProvinceEntity | null;

  @Column({ name: 'old_name', type: 'text' })
  oldName!: string;

  @Column({ name: 'old_name_folded', type: 'text' })
  oldNameFolded!: string;

  @Column({ name: 'new_name', type: 'text' })
  newName!: string;

  @Column({ name: 'new_name_folded', type: 'text' })
  newNameFolded!: string;

  @Column({ name: 'renamed_on', ...dateColumn })
  renamedOn!: string;

  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
