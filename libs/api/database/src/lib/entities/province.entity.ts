import { ProvinceKind } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn } from './base';

/** A province or centrally-run city, valid over a period; codes are reused across the 2025 merger. */
@Entity('provinces')
@Index('provinces_code_valid_from_uq', ['code', 'validFrom'], { unique: true })
export class ProvinceEntity extends BaseRecord {
  @Column({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Folded name (foldVietnamese) for accent-insensitive search. */
  @Column({ name: 'name_folded', type: 'text' })
  nameFolded!: string;

  @Column({ type: 'text' })
  kind!: ProvinceKind;

  @Column({ name: 'valid_from', ...dateColumn, nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', ...dateColumn, nullable: true })
  validTo!: string | null;

  @Column({ name: 'successor_code', type: 'char', length: 2, nullable: true })
  successorCode!: string | null;

  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;

  @ManyToOne(() => ProvinceEntity, { nullable: true })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'provinces_successor_fk' })
  successor?: ProvinceEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
